using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Sales;
using PipelineBot.Sales.Meetings;
using PipelineBot.Testing.Connector;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>
/// Reminders before a meeting, through the real host on a fake clock that only the tests move: Tuesday 24 November
/// 2026, 10:00 UTC. A New York visitor books anna for Thursday at 9:00 their time, 15:00 on anna's clock in Prague,
/// 14:00 UTC; the reminders are due on Wednesday at 14:00 UTC and on Thursday at 13:00 UTC.
/// </summary>
public sealed class MeetingReminderTests : IAsyncLifetime
{
    private const string VisitorDayBefore = "A reminder: your call with Anna Novak is on Thu, November 26, 9:00 AM (America/New_York, UTC-05:00).";
    private const string RepReminder = "Reminder: meeting with Ada Lovelace on Thu, November 26, 3:00 PM (Europe/Prague, UTC+01:00, your time).";
    private static readonly DateTimeOffset Now = MeetingConversation.Now;
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 14, 0, 0, TimeSpan.Zero);

    private MeetingFixture _meetings = null!;

    public async Task InitializeAsync() =>
        _meetings = await MeetingFixture.StartAsync();

    public async Task DisposeAsync() => await _meetings.Host.DisposeAsync();

    [Fact]
    public async Task Reminders_ArriveAtTheDayAndTheHourBefore_NotSooner_OnceEach_OnEachOnesClock()
    {
        var (visitor, anna) = await _meetings.BookThursdayAsync();

        await _meetings.AdvanceToAsync(Start.AddDays(-1).AddMinutes(-1));
        Assert.Empty(Reminders(visitor));
        Assert.Empty(RepReminders(anna));

        await _meetings.AdvanceToAsync(Start.AddDays(-1));
        Assert.Equal([VisitorDayBefore], Reminders(visitor));
        Assert.Equal([RepReminder], RepReminders(anna));

        await _meetings.AdvanceToAsync(Start.AddHours(-1).AddMinutes(-1));
        Assert.Single(Reminders(visitor));

        await _meetings.AdvanceToAsync(Start.AddHours(-1));
        await _meetings.AdvanceToAsync(Start.AddMinutes(10));
        Assert.Equal([VisitorDayBefore, VisitorDayBefore], Reminders(visitor));
        Assert.Equal([RepReminder, RepReminder], RepReminders(anna));
    }

    [Fact]
    public async Task CancelledMeeting_GetsNoReminderAndNoQuestionAfterwards()
    {
        var (visitor, anna) = await _meetings.BookThursdayAsync();
        var meeting = await _meetings.MeetingOfAsync(visitor);
        meeting.Cancel(Actor.Visitor, _meetings.Now);
        await _meetings.Host.Service<IMeetingRepository>().SaveAsync(meeting);

        foreach (var at in new[] { Start.AddDays(-1), Start.AddHours(-1), Start.AddHours(1) })
        {
            await _meetings.AdvanceToAsync(at);
        }

        Assert.Empty(Reminders(visitor));
        Assert.Empty(RepReminders(anna));
        Assert.DoesNotContain(anna.Received, a => a.Text?.StartsWith("Meeting over:", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task RescheduledMeeting_IsRemindedOfItsNewTimeOnly()
    {
        var (visitor, _) = await _meetings.BookThursdayAsync();
        await _meetings.AdvanceToAsync(Start.AddDays(-1));
        var meeting = await _meetings.MeetingOfAsync(visitor);
        var friday = Start.AddDays(1);
        meeting.Reschedule(new TimeSlot(friday, friday.AddMinutes(30)), Actor.Visitor, _meetings.Now);
        await _meetings.Host.Service<IMeetingRepository>().SaveAsync(meeting);

        await _meetings.AdvanceToAsync(Start.AddHours(-1));
        Assert.Equal([VisitorDayBefore], Reminders(visitor));

        await _meetings.AdvanceToAsync(friday.AddDays(-1));
        Assert.Equal([VisitorDayBefore, VisitorDayBefore.Replace("Thu, November 26", "Fri, November 27", StringComparison.Ordinal)], Reminders(visitor));
    }

    [Fact]
    public async Task HostRestartedBetweenBookingAndTheDayBefore_StillRemindsOnce()
    {
        var (visitor, anna) = await _meetings.BookThursdayAsync();

        await _meetings.Host.RestartAsync();
        await _meetings.AdvanceToAsync(Start.AddDays(-1));
        await _meetings.AdvanceToAsync(Start.AddDays(-1).AddMinutes(5));

        Assert.Equal([VisitorDayBefore], Reminders(visitor));
        Assert.Equal([RepReminder], RepReminders(anna));
    }

    [Fact]
    public async Task HostRestartedRightAfterAReminder_DoesNotSendItAgain()
    {
        var (visitor, anna) = await _meetings.BookThursdayAsync();
        await _meetings.AdvanceToAsync(Start.AddDays(-1));

        await _meetings.Host.RestartAsync();
        await _meetings.AdvanceToAsync(_meetings.Now);
        Assert.Single(Reminders(visitor));

        await _meetings.AdvanceToAsync(Start.AddHours(-1));
        Assert.Equal(2, Reminders(visitor).Count);
        Assert.Equal(2, RepReminders(anna).Count);
    }

    [Fact]
    public async Task ConnectorDownAtTheDayBefore_TheReminderIsRetriedAndArrivesOnce()
    {
        var (visitor, anna) = await _meetings.BookThursdayAsync();
        await _meetings.AdvanceToAsync(Start.AddDays(-1).AddMinutes(-1));
        var requests = _meetings.Host.Connector.Requests.Count;
        // The visitor's reminder goes first; the connector client tries it four times, then the channel recovers.
        _meetings.Host.Connector.Script([.. Enumerable.Repeat(new ScriptedResponse(503, RetryAfter: "0"), 4)]);

        await _meetings.AdvanceToAsync(Start.AddDays(-1));
        Assert.Empty(Reminders(visitor));
        Assert.Equal([RepReminder], RepReminders(anna));
        Assert.Equal(requests + 5, _meetings.Host.Connector.Requests.Count);

        await _meetings.AdvanceToAsync(Start.AddDays(-1).AddMinutes(4));
        Assert.Empty(Reminders(visitor));

        await _meetings.AdvanceToAsync(Start.AddDays(-1).AddMinutes(5));
        await _meetings.AdvanceToAsync(Start.AddDays(-1).AddMinutes(10));
        Assert.Equal([VisitorDayBefore], Reminders(visitor));
        Assert.Equal([RepReminder], RepReminders(anna));
    }

    [Fact]
    public async Task BookedForToday_InRussianFromMoscow_GetsOnlyTheHourBefore_InRussianOnTheMoscowClock()
    {
        var visitor = await MeetingConversation.QualifiedVisitorAsync(_meetings.Host, "Europe/Moscow", "ru-RU");
        await visitor.SayAsync("да");
        var booked = await visitor.SayAsync("1");
        Assert.StartsWith("Готово!", booked[0], StringComparison.Ordinal);

        // The first free slot is today at 14:00 UTC, four hours ahead: the day-before mark had passed at booking.
        await _meetings.AdvanceToAsync(Now.AddHours(3).AddMinutes(-1));
        await _meetings.AdvanceToAsync(Now.AddHours(3));

        Assert.Equal(["Напоминаем: ваш звонок с Anna Novak — вт, 24 ноября, 17:00 (Europe/Moscow, UTC+03:00)."],
            visitor.Received.Select(a => a.Text ?? string.Empty).Where(t => t.StartsWith("Напоминаем", StringComparison.Ordinal)));
    }

    private static List<string> Reminders(EmulatorClient visitor) =>
        [.. visitor.Received.Select(a => a.Text ?? string.Empty).Where(t => t.StartsWith("A reminder:", StringComparison.Ordinal))];

    private static List<string> RepReminders(EmulatorClient rep) =>
        [.. rep.Received.Select(a => a.Text ?? string.Empty).Where(t => t.StartsWith("Reminder:", StringComparison.Ordinal))];
}
