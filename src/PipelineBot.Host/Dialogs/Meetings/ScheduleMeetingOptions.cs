namespace PipelineBot.Host.Dialogs.Meetings;

/// <summary>How <see cref="ScheduleMeetingDialog"/> starts.</summary>
/// <param name="Offer">
/// True to ask first whether the visitor wants a call, as after qualification; false when the visitor asked to book.
/// </param>
/// <param name="Change">
/// Set when the visitor asked to move or cancel the call they have booked: that is done instead of booking a new one.
/// </param>
public sealed record ScheduleMeetingOptions(bool Offer, MeetingRequest? Change = null);
