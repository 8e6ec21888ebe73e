namespace PipelineBot.Host.Meetings;

/// <summary>Which calendar booking reads busy time from and writes events to, set by <c>Calendar:Provider</c>.</summary>
public enum CalendarProviderKind
{
    /// <summary>The bot's own meeting store (LiteDB) is the calendar; nothing outside it is read or written.</summary>
    LiteDb,

    /// <summary>Each rep's Outlook calendar through Microsoft Graph, on top of the meeting store.</summary>
    Graph,
}
