using System.Globalization;

namespace PipelineBot.Sales.Meetings.Notices;

/// <summary>
/// One message a meeting calls for, to one person, at one moment. <see cref="Revision"/> is the number of the history
/// entry the notice follows from (the booking or latest reschedule for reminders and the check, the no-show for the
/// follow-up), so moving a meeting gives it new notices rather than reusing those already sent for the old time.
/// </summary>
/// <param name="MeetingId">The meeting the notice is about.</param>
/// <param name="Revision">The <see cref="MeetingChange.Sequence"/> the notice follows from.</param>
/// <param name="Kind">What the notice is for.</param>
/// <param name="To">Who gets it.</param>
/// <param name="Before">How long before the start a reminder goes out; null for the other kinds.</param>
/// <param name="DueAt">When it should go out.</param>
public sealed record MeetingNotice(
    Guid MeetingId, int Revision, MeetingNoticeKind Kind, MeetingNoticeRecipient To, TimeSpan? Before, DateTimeOffset DueAt)
{
    /// <summary>
    /// Names the notice for good, e.g. <c>{meeting}/1/reminder-1440/visitor</c>: a store records each key once, which
    /// is what keeps a notice from going out twice.
    /// </summary>
    public string Key
    {
        get
        {
            var what = Kind switch
            {
                MeetingNoticeKind.Reminder => $"reminder-{((long)Before.GetValueOrDefault().TotalMinutes).ToString(CultureInfo.InvariantCulture)}",
                MeetingNoticeKind.NoShowCheck => "no-show-check",
                _ => "no-show-follow-up",
            };
            return $"{MeetingId:N}/{Revision.ToString(CultureInfo.InvariantCulture)}/{what}/{(To == MeetingNoticeRecipient.Visitor ? "visitor" : "rep")}";
        }
    }
}
