namespace PipelineBot.Sales.Meetings.Notices;

/// <summary>What a <see cref="MeetingNotice"/> is for.</summary>
public enum MeetingNoticeKind
{
    /// <summary>The meeting is coming up, one of <see cref="ReminderOptions.Before"/> ahead.</summary>
    Reminder,

    /// <summary>The meeting is over: did it take place, or did the visitor not turn up?</summary>
    NoShowCheck,

    /// <summary>The visitor missed the meeting and is offered a new one.</summary>
    NoShowFollowUp,
}
