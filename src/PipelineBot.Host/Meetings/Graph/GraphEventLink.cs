namespace PipelineBot.Host.Meetings.Graph;

/// <summary>Where a meeting's event is in Outlook and what it last showed, so later changes find it and are made once.</summary>
/// <param name="MeetingId">The meeting the event shows.</param>
/// <param name="Mailbox">The mailbox whose calendar holds the event, even if the rep's configured mailbox changes later.</param>
/// <param name="EventId">Graph's id of the event.</param>
/// <param name="Start">When the event starts, in UTC.</param>
/// <param name="End">When the event ends, in UTC.</param>
/// <param name="Cancelled">True once the event is cancelled, or was found deleted; nothing more is done to it.</param>
public sealed record GraphEventLink(Guid MeetingId, string Mailbox, string EventId, DateTimeOffset Start, DateTimeOffset End, bool Cancelled);
