namespace PipelineBot.Runtime.Hosting.DirectLine;

/// <summary>What a token turned out to be: genuine and current (with the conversation and user it binds), expired, or not ours.</summary>
internal sealed record DirectLineTokenCheck(DirectLineTokenStatus Status, string ConversationId = "", string UserId = "")
{
    public static DirectLineTokenCheck Invalid { get; } = new(DirectLineTokenStatus.Invalid);

    public static DirectLineTokenCheck Expired { get; } = new(DirectLineTokenStatus.Expired);

    public static DirectLineTokenCheck Valid(string conversationId, string userId) => new(DirectLineTokenStatus.Valid, conversationId, userId);
}
