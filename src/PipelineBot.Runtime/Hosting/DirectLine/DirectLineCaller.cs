namespace PipelineBot.Runtime.Hosting.DirectLine;

/// <summary>Who is calling: the holder of the site's secret, who may use any conversation, or of a token for one conversation and user.</summary>
internal sealed record DirectLineCaller(string? ConversationId, string? UserId)
{
    public static DirectLineCaller SecretHolder { get; } = new(null, null);

    public bool HoldsSecret => ConversationId is null;

    public bool MayUse(string conversationId) => HoldsSecret || ConversationId == conversationId;
}
