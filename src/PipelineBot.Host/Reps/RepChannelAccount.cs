namespace PipelineBot.Host.Reps;

/// <summary>A user on a channel, e.g. a Teams user id on <c>msteams</c>.</summary>
public sealed class RepChannelAccount
{
    /// <summary>The channel id as activities carry it: msteams, slack, emulator...</summary>
    public string ChannelId { get; set; } = string.Empty;

    /// <summary>The user's id on that channel (the activity's <c>from.id</c>).</summary>
    public string UserId { get; set; } = string.Empty;
}
