using System.Text.Json;
using PipelineBot.Runtime.State;

namespace PipelineBot.Host.Meetings.Graph;

/// <summary>
/// The Outlook events of meetings, kept in the bot's storage beside the meetings rather than on them, because only
/// the Graph calendar needs them. Each link is one key, overwritten whole: a turn and the sync racing over one meeting
/// each write what Graph answered them, and a link left showing an old time is corrected by the next sync round.
/// </summary>
public sealed class GraphEventLinks(IStorage storage)
{
    /// <summary>The link of the meeting's event; null while the meeting has none in Outlook.</summary>
    public async Task<GraphEventLink?> FindAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var key = Key(meetingId);
        return (await storage.ReadAsync([key], cancellationToken)).TryGetValue(key, out var item)
            ? JsonSerializer.Deserialize<GraphEventLink>(item.Json)
            : null;
    }

    /// <summary>Stores the link, replacing any earlier one of the same meeting.</summary>
    public async Task SaveAsync(GraphEventLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        await storage.WriteAsync(
            new Dictionary<string, StoreItem> { [Key(link.MeetingId)] = new(JsonSerializer.Serialize(link), StoreItem.AnyETag) }, cancellationToken);
    }

    private static string Key(Guid meetingId) => $"calendar/graph-events/{meetingId:D}";
}
