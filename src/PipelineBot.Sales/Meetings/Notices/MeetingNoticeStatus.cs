namespace PipelineBot.Sales.Meetings.Notices;

/// <summary>Where one notice's sending stands in an <see cref="IMeetingNoticeLog"/>.</summary>
public enum MeetingNoticeStatus
{
    /// <summary>Claimed by a sender, who has until the record's <see cref="MeetingNoticeRecord.Until"/> to settle it.</summary>
    Sending,

    /// <summary>The last attempt failed; another may start at <see cref="MeetingNoticeRecord.Until"/>.</summary>
    Failed,

    /// <summary>Delivered (or, for a rep, held for their next message): final.</summary>
    Sent,

    /// <summary>Given up without sending, because there was nobody to send it to or it was no longer of use: final.</summary>
    Dropped,
}
