namespace PipelineBot.Host.Dialogs.Meetings;

/// <summary>One round of offering slots: the visitor's zone, the window they asked for, if any, and what a pick does.</summary>
/// <param name="ZoneId">The IANA zone the visitor sees times in.</param>
/// <param name="From">The earliest start wanted; null for as soon as the rep can.</param>
/// <param name="Until">The latest end wanted; null for open-ended.</param>
/// <param name="MeetingId">The visitor's meeting a pick moves; null when a pick books a new one.</param>
public sealed record SlotSearch(string ZoneId, DateTimeOffset? From = null, DateTimeOffset? Until = null, Guid? MeetingId = null);
