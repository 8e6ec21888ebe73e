namespace PipelineBot.Sales.Meetings.Notices;

/// <summary>Who a <see cref="MeetingNotice"/> goes to.</summary>
public enum MeetingNoticeRecipient
{
    /// <summary>The visitor the meeting is with, in their own conversation.</summary>
    Visitor,

    /// <summary>The rep whose calendar holds the meeting.</summary>
    Rep,
}
