namespace PipelineBot.Runtime.Schema;

/// <summary>The response body of an <c>expectReplies</c> turn: every reply the bot made.</summary>
/// <param name="Activities">The replies, in order.</param>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
