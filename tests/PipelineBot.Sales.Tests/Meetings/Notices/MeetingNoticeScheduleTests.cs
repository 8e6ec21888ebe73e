using PipelineBot.Sales.Meetings;
using PipelineBot.Sales.Meetings.Notices;
using PipelineBot.Sales.Tests.Meetings;

namespace PipelineBot.Sales.Tests.Meetings.Notices;

/// <summary>
/// Which notices a meeting calls for when, with the shipped settings: reminders 24 hours and 1 hour ahead, the rep
/// asked 15 minutes after the end. The meeting is booked on Monday 08:00 UTC for Thursday 10:00-10:30.
/// </summary>
public class MeetingNoticeScheduleTests
{
    private static readonly DateTimeOffset Start = MeetingBuilder.Now.AddDays(3).AddHours(2);
    private static readonly ReminderOptions Options = new();

    [Fact]
    public void For_BookedDaysAhead_RemindsBothSidesAtEachOffset_ThenAsksTheRep()
    {
        var meeting = new MeetingBuilder().At(Start).Build();

        var notices = MeetingNoticeSchedule.For(meeting, Options);

        Assert.Equal(
            [
                (MeetingNoticeKind.Reminder, MeetingNoticeRecipient.Visitor, Start.AddDays(-1)),
                (MeetingNoticeKind.Reminder, MeetingNoticeRecipient.Rep, Start.AddDays(-1)),
                (MeetingNoticeKind.Reminder, MeetingNoticeRecipient.Visitor, Start.AddHours(-1)),
                (MeetingNoticeKind.Reminder, MeetingNoticeRecipient.Rep, Start.AddHours(-1)),
                (MeetingNoticeKind.NoShowCheck, MeetingNoticeRecipient.Rep, Start.AddMinutes(45)),
            ],
            notices.Select(n => (n.Kind, n.To, n.DueAt)));
        Assert.All(notices, n => Assert.Equal(1, n.Revision));
    }

    [Fact]
    public void For_BookedLessThanADayAhead_HasNoReminderForAMomentAlreadyPast()
    {
        var meeting = new MeetingBuilder().At(MeetingBuilder.Now.AddHours(5)).Build();

        var reminders = MeetingNoticeSchedule.For(meeting, Options).Where(n => n.Kind == MeetingNoticeKind.Reminder);

        Assert.Equal([TimeSpan.FromHours(1), TimeSpan.FromHours(1)], reminders.Select(n => n.Before));
    }

    [Fact]
    public void Due_BeforeTheFirstReminder_IsNothing_AndTheNextIsTheDayBefore()
    {
        var meeting = new MeetingBuilder().At(Start).Build();
        var now = Start.AddDays(-1).AddMinutes(-1);

        Assert.Empty(MeetingNoticeSchedule.Due(meeting, Options, now));
        Assert.Equal(Start.AddDays(-1), MeetingNoticeSchedule.NextDue(meeting, Options, now));
    }

    [Fact]
    public void Due_AtTheDayBeforeMark_IsThatReminderForBoth_AndTheNextIsTheHourBefore()
    {
        var meeting = new MeetingBuilder().At(Start).Build();
        var now = Start.AddDays(-1);

        var due = MeetingNoticeSchedule.Due(meeting, Options, now);

        Assert.Equal([(MeetingNoticeRecipient.Visitor, TimeSpan.FromDays(1)), (MeetingNoticeRecipient.Rep, TimeSpan.FromDays(1))], due.Select(n => (n.To, n.Before!.Value)));
        Assert.Equal(Start.AddHours(-1), MeetingNoticeSchedule.NextDue(meeting, Options, now));
    }

    [Fact]
    public void Due_BothRemindersOverdueAfterDowntime_IsOnlyTheHourBefore()
    {
        var meeting = new MeetingBuilder().At(Start).Build();

        var due = MeetingNoticeSchedule.Due(meeting, Options, Start.AddMinutes(-10));

        Assert.Equal([TimeSpan.FromHours(1), TimeSpan.FromHours(1)], due.Select(n => n.Before!.Value));
    }

    [Fact]
    public void Due_OnceStarted_NoReminder_AndAfterTheEndTheRepIsAsked()
    {
        var meeting = new MeetingBuilder().At(Start).Build();

        Assert.Empty(MeetingNoticeSchedule.Due(meeting, Options, Start));
        Assert.Equal(MeetingNoticeKind.NoShowCheck, Assert.Single(MeetingNoticeSchedule.Due(meeting, Options, Start.AddMinutes(45))).Kind);
    }

    [Fact]
    public void Due_CheckLongAfterTheEnd_IsLetGo()
    {
        var meeting = new MeetingBuilder().At(Start).Build();

        Assert.Single(MeetingNoticeSchedule.Due(meeting, Options, Start.AddMinutes(30) + MeetingNoticeSchedule.FollowUpWindow - TimeSpan.FromMinutes(1)));
        Assert.Empty(MeetingNoticeSchedule.Due(meeting, Options, Start.AddMinutes(30) + MeetingNoticeSchedule.FollowUpWindow));
    }

    [Fact]
    public void For_Rescheduled_FollowsTheNewTimeUnderANewRevision_OnlyForMomentsAfterTheMove()
    {
        var meeting = new MeetingBuilder().At(Start).Build();
        var oldKeys = MeetingNoticeSchedule.For(meeting, Options).Select(n => n.Key).ToList();
        var later = Start.AddDays(1).AddHours(-4);
        // On Wednesday at 10:05 to Friday at 06:00: the new day-before mark, Thursday 06:00, is still ahead.
        meeting.Reschedule(new TimeSlot(later, later.AddMinutes(30)), Actor.Visitor, Start.AddDays(-1).AddMinutes(5));

        var notices = MeetingNoticeSchedule.For(meeting, Options);

        Assert.Equal([later.AddDays(-1), later.AddDays(-1), later.AddHours(-1), later.AddHours(-1), later.AddMinutes(45)], notices.Select(n => n.DueAt));
        Assert.All(notices, n => Assert.Equal(2, n.Revision));
        Assert.Empty(notices.Select(n => n.Key).Intersect(oldKeys));
    }

    [Fact]
    public void For_Cancelled_IsNothing_Ever()
    {
        var meeting = new MeetingBuilder().At(Start).Build();
        meeting.Cancel(Actor.Visitor, MeetingBuilder.Now.AddHours(1));

        Assert.Empty(MeetingNoticeSchedule.For(meeting, Options));
        Assert.Null(MeetingNoticeSchedule.NextDue(meeting, Options, MeetingBuilder.Now.AddHours(1)));
    }

    [Fact]
    public void For_Completed_IsNothing()
    {
        var meeting = new MeetingBuilder().At(Start).Build();
        meeting.MarkCompleted(Actor.Rep("alice"), Start.AddMinutes(40));

        Assert.Empty(MeetingNoticeSchedule.For(meeting, Options));
    }

    [Fact]
    public void For_NoShow_FollowsUpWithTheVisitorFromTheMomentItWasMarked()
    {
        var meeting = new MeetingBuilder().At(Start).Build();
        var marked = Start.AddMinutes(50);
        meeting.MarkNoShow(Actor.Rep("alice"), marked);

        var notice = Assert.Single(MeetingNoticeSchedule.For(meeting, Options));

        Assert.Equal((MeetingNoticeKind.NoShowFollowUp, MeetingNoticeRecipient.Visitor, marked, 2), (notice.Kind, notice.To, notice.DueAt, notice.Revision));
        Assert.Equal([notice], MeetingNoticeSchedule.Due(meeting, Options, marked));
    }

    [Fact]
    public void For_ConfiguredOffsets_AreUsedLongestFirst()
    {
        var meeting = new MeetingBuilder().At(Start).Build();
        var options = new ReminderOptions { Before = ["00:15:00", "2.00:00:00"], NoShowCheckAfter = TimeSpan.Zero };

        var notices = MeetingNoticeSchedule.For(meeting, options);

        Assert.Equal([Start.AddDays(-2), Start.AddDays(-2), Start.AddMinutes(-15), Start.AddMinutes(-15), Start.AddMinutes(30)], notices.Select(n => n.DueAt));
    }

    [Fact]
    public void Key_NamesMeetingRevisionKindAndRecipient()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        Assert.Equal("0f8fad5bd9cb469fa16570867728950e/1/reminder-1440/visitor",
            new MeetingNotice(id, 1, MeetingNoticeKind.Reminder, MeetingNoticeRecipient.Visitor, TimeSpan.FromDays(1), Start).Key);
        Assert.Equal("0f8fad5bd9cb469fa16570867728950e/3/no-show-check/rep",
            new MeetingNotice(id, 3, MeetingNoticeKind.NoShowCheck, MeetingNoticeRecipient.Rep, null, Start).Key);
    }
}
