namespace PipelineBot.Sales.Leads;

/// <summary>
/// Identifies the visitor a lead belongs to: the channel and the user id on that channel. A conversation may only ever
/// load the lead whose key matches its own, which is how one visitor is kept from another's data.
/// </summary>
public sealed record VisitorKey
{
    /// <summary>Creates a key; both parts are required because user ids are only unique within a channel.</summary>
    public VisitorKey(string channelId, string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ChannelId = channelId;
        UserId = userId;
    }

    /// <summary>The channel the visitor talks on, e.g. <c>webchat</c>.</summary>
    public string ChannelId { get; }

    /// <summary>The visitor's user id on that channel.</summary>
    public string UserId { get; }

    /// <summary>Renders as <c>channel/user</c>, a form stores can index.</summary>
    public override string ToString() => $"{ChannelId}/{UserId}";
}
