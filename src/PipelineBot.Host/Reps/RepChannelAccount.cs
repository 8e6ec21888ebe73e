namespace PipelineBot.Host.Reps;

/// <summary>
/// A user on a channel, e.g. a Teams user on <c>msteams</c>. Teams sends two ids: <c>from.id</c> (<c>29:...</c>),
/// which differs per bot registration, and <c>from.aadObjectId</c>, the user's Microsoft Entra object id (a GUID),
/// which is the same for every bot in the tenant; either one identifies the account.
/// </summary>
public sealed class RepChannelAccount
{
    /// <summary>The channel id as activities carry it: msteams, slack, emulator, webchat...</summary>
    public string ChannelId { get; set; } = string.Empty;

    /// <summary>The user's id on that channel (the activity's <c>from.id</c>); may be empty when <see cref="AadObjectId"/> is set.</summary>
    public string UserId { get; set; } = string.Empty;

    /// <summary>The user's Microsoft Entra object id (the activity's <c>from.aadObjectId</c>, sent by Teams); may be empty.</summary>
    public string AadObjectId { get; set; } = string.Empty;

    /// <summary>True when an activity from this channel, user id and Entra object id was sent by this account.</summary>
    public bool Identifies(string channelId, string? userId, string? aadObjectId) =>
        string.Equals(ChannelId, channelId, StringComparison.OrdinalIgnoreCase)
        && ((UserId.Length > 0 && string.Equals(UserId, userId, StringComparison.Ordinal))
            || (Guid.TryParse(AadObjectId, out var configured) && Guid.TryParse(aadObjectId, out var sent) && configured == sent));
}
