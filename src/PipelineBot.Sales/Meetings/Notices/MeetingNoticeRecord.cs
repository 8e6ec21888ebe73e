namespace PipelineBot.Sales.Meetings.Notices;

/// <summary>What an <see cref="IMeetingNoticeLog"/> knows about one notice.</summary>
/// <param name="Key">The notice's <see cref="MeetingNotice.Key"/>.</param>
/// <param name="Status">Where its sending stands.</param>
/// <param name="Attempts">How many times it has been claimed.</param>
/// <param name="Until">While <see cref="MeetingNoticeStatus.Sending"/>, when the claim lapses; while <see cref="MeetingNoticeStatus.Failed"/>, when to try again.</param>
public sealed record MeetingNoticeRecord(string Key, MeetingNoticeStatus Status, int Attempts, DateTimeOffset Until)
{
    /// <summary>
    /// True when a sender may claim the notice now: it failed and its retry time has come, or its claim lapsed (the
    /// sender stopped without settling it, as in a crash), since nobody can say whether that send went out.
    /// </summary>
    public bool MayClaim(DateTimeOffset now) => Status is MeetingNoticeStatus.Sending or MeetingNoticeStatus.Failed && Until <= now;
}
