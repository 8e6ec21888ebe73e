namespace PipelineBot.Host.Dialogs.Meetings;

/// <summary>How <see cref="ScheduleMeetingDialog"/> starts.</summary>
/// <param name="Offer">
/// True to ask first whether the visitor wants a call, as after qualification; false when the visitor asked to book.
/// </param>
public sealed record ScheduleMeetingOptions(bool Offer);
