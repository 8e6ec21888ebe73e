namespace PipelineBot.Sales.Meetings.Notices;

/// <summary>
/// Which notices a meeting calls for and when, as a pure function of the meeting's current state, the settings and the
/// time: nothing is scheduled in advance, so a moved meeting re-arms and a cancelled one falls silent by itself.
/// <list type="bullet">
/// <item>A booked meeting reminds the visitor and the rep at each offset before its start, unless that moment had
/// passed when the meeting got its time (booked 4 hours ahead, there is no 24-hour reminder); then asks the rep, after
/// its end, whether it took place.</item>
/// <item>A no-show follows up with the visitor from the moment it was marked.</item>
/// <item>A reminder is sent only before the meeting starts, and of two due at once (after the bot was down) only the
/// later one: the visitor needs one reminder, the closest.</item>
/// <item>The check and the follow-up are sent late rather than never, within <see cref="FollowUpWindow"/>.</item>
/// </list>
/// </summary>
public static class MeetingNoticeSchedule
{
    /// <summary>How long after a meeting's end the bot still asks about it or follows it up; after that it lets it go.</summary>
    public static TimeSpan FollowUpWindow { get; } = TimeSpan.FromDays(14);

    /// <summary>Every notice the meeting's current state calls for, sent already or not, earliest first.</summary>
    public static IReadOnlyList<MeetingNotice> For(Meeting meeting, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(options);
        var latest = meeting.History[^1];
        switch (meeting.Status)
        {
            case MeetingStatus.Booked:
                var notices = new List<MeetingNotice>();
                foreach (var before in options.Offsets().Where(before => meeting.Start - before > latest.At))
                {
                    notices.Add(new(meeting.Id, latest.Sequence, MeetingNoticeKind.Reminder, MeetingNoticeRecipient.Visitor, before, meeting.Start - before));
                    notices.Add(new(meeting.Id, latest.Sequence, MeetingNoticeKind.Reminder, MeetingNoticeRecipient.Rep, before, meeting.Start - before));
                }
                notices.Add(new(meeting.Id, latest.Sequence, MeetingNoticeKind.NoShowCheck, MeetingNoticeRecipient.Rep, null, meeting.End + options.NoShowCheckAfter));
                return notices;
            case MeetingStatus.NoShow:
                return [new(meeting.Id, latest.Sequence, MeetingNoticeKind.NoShowFollowUp, MeetingNoticeRecipient.Visitor, null, latest.At)];
            default:
                return [];
        }
    }

    /// <summary>The notices to send at <paramref name="now"/>: due, still of use, and not overtaken by a later reminder.</summary>
    public static IReadOnlyList<MeetingNotice> Due(Meeting meeting, ReminderOptions options, DateTimeOffset now)
    {
        var due = For(meeting, options).Where(notice => notice.DueAt <= now).ToList();
        return [.. due.Where(notice => notice.Kind == MeetingNoticeKind.Reminder
            ? now < meeting.Start && !due.Exists(later => later.Kind == notice.Kind && later.To == notice.To && later.DueAt > notice.DueAt)
            : now < meeting.End + FollowUpWindow)];
    }

    /// <summary>When the meeting next calls for a notice after <paramref name="now"/>; null when it never will.</summary>
    public static DateTimeOffset? NextDue(Meeting meeting, ReminderOptions options, DateTimeOffset now) =>
        For(meeting, options).Where(notice => notice.DueAt > now).Select(notice => (DateTimeOffset?)notice.DueAt).Min();
}
