namespace PipelineBot.Host.Dialogs.Meetings;

/// <summary>What a visitor asks of the call they have booked, e.g. "I need to move my meeting" or "cancel my meeting".</summary>
public enum MeetingRequest
{
    /// <summary>Move it to another of the rep's free times.</summary>
    Move,

    /// <summary>Call it off, after a confirmation.</summary>
    Cancel,
}
