using PipelineBot.Host.Meetings;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Meetings;
using static PipelineBot.Host.Tests.Conversations.MeetingConversation;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>
/// Moving and cancelling a booked call from the chat, through the real host on <see cref="MeetingConversation"/>'s
/// fake clock. The New York visitors book anna's first free slot, 9:00 AM on their clock (15:00 in Prague, 14:00 UTC).
/// </summary>
public sealed class ChangeMeetingTests : IAsyncLifetime
{
    private static readonly TimeSlot Booked = new(Now.AddHours(4), Now.AddHours(4.5));

    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task MoveMyMeeting_PickingAButton_MovesIt_SendsTheUpdatedInvite_TellsAnna_AndFreesTheOldTime()
    {
        var anna = _host.NewRep(AnnaTeamsId);
        await anna.SayAsync("hi");
        var (visitor, booking) = await BookedVisitorAsync(_host, "America/New_York");

        var replies = await visitor.SendAsync(visitor.Message("I need to move my meeting"));

        Assert.Equal("Your call with Anna Novak is booked for Tue, November 24, 9:00 AM (America/New_York, UTC-05:00). Let's find another time.", replies[0].Text);
        // The meeting does not block its own way, so half an hour later is offered although its buffer holds that time now.
        Assert.Equal(["Tue, November 24, 9:30 AM", "Tue, November 24, 10:00 AM", "Tue, November 24, 10:30 AM", "Wed, November 25, 3:00 AM", "Other times"], Buttons(replies[^1]));

        var moved = Assert.Single(await visitor.SendAsync(visitor.Message("Tue, November 24, 10:00 AM")));

        Assert.StartsWith("Done! Your call with Anna Novak is moved to Tue, November 24, 10:00 AM (America/New_York, UTC-05:00).", moved.Text, StringComparison.Ordinal);
        var meeting = await MeetingOfAsync(visitor);
        Assert.Equal(new TimeSlot(Now.AddHours(5), Now.AddHours(5.5)), meeting.Time);
        Assert.Equal([MeetingAction.Booked, MeetingAction.Rescheduled], meeting.History.Select(change => change.What));
        Assert.Equal(Booked, meeting.History[^1].FromTime);
        var ics = Invite(moved);
        Assert.Contains("METHOD:REQUEST", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261124T150000Z", ics, StringComparison.Ordinal);
        Assert.Contains(Uid(Invite(booking)), ics, StringComparison.Ordinal);
        Assert.Contains(anna.Received, a => a.Text == "Meeting moved: Ada Lovelace, from Tue, November 24, 3:00 PM to Tue, November 24, 4:00 PM (Europe/Prague, UTC+01:00, your time).");
        await AssertBookableAsync(Booked);
    }

    [Fact]
    public async Task Reschedule_TypedTime_OffersFreeTimesFromThen_AndMovesThere()
    {
        var (visitor, _) = await BookedVisitorAsync(_host, "America/New_York");
        await visitor.SendAsync(visitor.Message("reschedule"));

        var offer = Assert.Single(await visitor.SendAsync(visitor.Message("tomorrow at 10am")));
        var moved = Assert.Single(await visitor.SendAsync(visitor.Message("1")));

        Assert.Equal("Wed, November 25, 10:00 AM", Buttons(offer)[0]);
        var ics = Invite(moved);
        Assert.Contains("SEQUENCE:1", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261125T150000Z", ics, StringComparison.Ordinal);
        Assert.Equal(new TimeSlot(Now.AddHours(29), Now.AddHours(29.5)), (await MeetingOfAsync(visitor)).Time);
    }

    [Fact]
    public async Task Move_SlotTakenMeanwhile_IsReported_OthersAreOffered_AndTheMeetingStaysPut()
    {
        var (visitor, _) = await BookedVisitorAsync(_host, "America/New_York");
        await visitor.SendAsync(visitor.Message("can we do another time?"));
        // Anna's next free slot for a newcomer is 10:00 AM in New York, which the visitor is being offered too.
        await BookedVisitorAsync(_host, "America/New_York");

        var replies = await visitor.SendAsync(visitor.Message("Tue, November 24, 10:00 AM"));

        Assert.Equal("Sorry, someone else has just booked that time.", replies[0].Text);
        Assert.DoesNotContain("Tue, November 24, 10:00 AM", Buttons(replies[^1]));
        Assert.Equal("Other times", Buttons(replies[^1])[^1]);
        Assert.Equal(Booked, (await MeetingOfAsync(visitor)).Time);
    }

    [Fact]
    public async Task CancelMyMeeting_Confirmed_CancelsIt_SendsACancellation_TellsAnna_AndKeepsTheDealStage()
    {
        var anna = _host.NewRep(AnnaTeamsId);
        await anna.SayAsync("hi");
        var (visitor, _) = await BookedVisitorAsync(_host, "America/New_York");

        var ask = Assert.Single(await visitor.SendAsync(visitor.Message("cancel my meeting")));
        var cancelled = Assert.Single(await visitor.SendAsync(visitor.Message("yes")));

        Assert.Equal("Your call with Anna Novak is booked for Tue, November 24, 9:00 AM (America/New_York, UTC-05:00). Shall I cancel it?", ask.Text);
        Assert.Equal(["Yes", "No"], Buttons(ask));
        Assert.StartsWith("Your call with Anna Novak on Tue, November 24, 9:00 AM (America/New_York, UTC-05:00) is cancelled.", cancelled.Text, StringComparison.Ordinal);
        var ics = Invite(cancelled);
        Assert.Contains("METHOD:CANCEL", ics, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", ics, StringComparison.Ordinal);
        var meeting = await MeetingOfAsync(visitor);
        Assert.Equal(MeetingStatus.Cancelled, meeting.Status);
        Assert.Equal(MeetingAction.Cancelled, meeting.History[^1].What);
        var deal = await _host.Service<IDealRepository>().GetAsync((await _host.LeadOfAsync(visitor)).DealId!.Value);
        Assert.Equal("Meeting", deal!.Stage);
        Assert.Contains(anna.Received, a => a.Text == "Meeting cancelled by the visitor: Ada Lovelace on Tue, November 24, 3:00 PM (Europe/Prague, UTC+01:00, your time). The time is free again.");
        await AssertBookableAsync(Booked);
    }

    [Fact]
    public async Task CancelMyMeeting_Declined_KeepsIt()
    {
        var (visitor, _) = await BookedVisitorAsync(_host, "America/New_York");
        await visitor.SendAsync(visitor.Message("cancel my meeting"));

        var replies = await visitor.SayAsync("no");

        Assert.Equal(["All right, your call stays as booked."], replies);
        Assert.Equal(MeetingStatus.Booked, (await MeetingOfAsync(visitor)).Status);
    }

    [Fact]
    public async Task CancelMyMeeting_WhileChoosingANewTime_AsksToCancelInstead()
    {
        var (visitor, _) = await BookedVisitorAsync(_host, "America/New_York");
        await visitor.SendAsync(visitor.Message("reschedule"));

        var ask = Assert.Single(await visitor.SendAsync(visitor.Message("cancel my meeting")));

        Assert.EndsWith("Shall I cancel it?", ask.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SqlWithoutAMeeting_IsToldSo_AndOfferedACall()
    {
        var visitor = await QualifiedVisitorAsync(_host, "America/New_York");
        await visitor.SayAsync("no");

        var replies = await visitor.SayAsync("I need to move my meeting");

        Assert.Equal(["You don't have an upcoming call booked with us.", "Would you like to book a call with Anna Novak?"], replies);
    }

    [Fact]
    public async Task VisitorStillBeingQualified_AskingToReschedule_IsToldThereIsNoMeeting_AndAskedTheQuestionAgain()
    {
        var visitor = _host.NewVisitor();
        var welcome = await visitor.JoinAsync();

        var replies = await visitor.SayAsync("reschedule");

        Assert.Equal(["You don't have an upcoming call booked with us.", welcome[^1]], replies);
    }

    [Fact]
    public async Task ReturningVisitor_InANewConversationWithoutAZone_SeesTheMeetingOnTheClockTheyBookedFrom_AndMovesIt()
    {
        var (visitor, _) = await BookedVisitorAsync(_host, "America/New_York");
        visitor.RestartConversation();
        visitor.LocalTimezone = null;

        var replies = await visitor.SendAsync(visitor.Message("can we reschedule?"));
        var moved = Assert.Single(await visitor.SendAsync(visitor.Message("2")));

        Assert.Equal("Your call with Anna Novak is booked for Tue, November 24, 9:00 AM (America/New_York, UTC-05:00). Let's find another time.", replies[0].Text);
        Assert.StartsWith("Done! Your call with Anna Novak is moved to Tue, November 24, 10:00 AM", moved.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherVisitor_WithForgedIdsInCardData_CannotMoveOrCancelSomeoneElsesMeeting()
    {
        var (victim, _) = await BookedVisitorAsync(_host, "America/New_York");
        var target = await MeetingOfAsync(victim);
        var (intruder, _) = await BookedVisitorAsync(_host, "America/New_York");
        var forged = new { action = "meeting.cancel", meetingId = target.Id.ToString(), leadId = target.LeadId.ToString(), start = "2026-11-25T15:00:00Z" };

        await intruder.SendAsync(intruder.Message("reschedule"));
        var retry = await intruder.SendAsync(intruder.Submit(forged));
        await intruder.SendAsync(intruder.Message("cancel my meeting"));
        await intruder.SendAsync(intruder.Submit(forged));
        await intruder.SendAsync(intruder.Message("yes"));
        intruder.RestartConversation();
        await intruder.SendAsync(intruder.Submit(forged));

        Assert.StartsWith("Please pick one of the times", retry[0].Text, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Cancelled, (await MeetingOfAsync(intruder)).Status);
        // Behind the dialog, the scheduler acts only on the lead's own meeting whatever id it is handed.
        var scheduler = _host.Service<MeetingScheduler>();
        var intruderLeadId = (await _host.LeadOfAsync(intruder)).Id;
        Assert.Null(await scheduler.RescheduleAsync(intruderLeadId, target.Id, new TimeSlot(Now.AddHours(29), Now.AddHours(29.5)), CancellationToken.None));
        Assert.Null(await scheduler.CancelAsync(intruderLeadId, target.Id, CancellationToken.None));
        var untouched = await MeetingOfAsync(victim);
        Assert.Equal((MeetingStatus.Booked, Booked, 1), (untouched.Status, untouched.Time, untouched.History.Count));
    }

    [Fact]
    public async Task RussianVisitor_MovesThenCancels_InRussian()
    {
        var (visitor, _) = await BookedVisitorAsync(_host, "Europe/Moscow", "ru-RU");

        var move = await visitor.SendAsync(visitor.Message("перенести встречу"));
        var moved = Assert.Single(await visitor.SendAsync(visitor.Message("1")));
        var ask = Assert.Single(await visitor.SendAsync(visitor.Message("отменить встречу")));
        var cancelled = Assert.Single(await visitor.SendAsync(visitor.Message("да")));

        Assert.Equal("Ваш звонок с Anna Novak назначен на вт, 24 ноября, 17:00 (Europe/Moscow, UTC+03:00). Давайте подберём другое время.", move[0].Text);
        Assert.Equal(["вт, 24 ноября, 17:30", "вт, 24 ноября, 18:00", "вт, 24 ноября, 18:30", "ср, 25 ноября, 11:00", "Другое время"], Buttons(move[^1]));
        Assert.StartsWith("Готово! Звонок с Anna Novak перенесён на вт, 24 ноября, 17:30 (Europe/Moscow, UTC+03:00).", moved.Text, StringComparison.Ordinal);
        Assert.Equal("Ваш звонок с Anna Novak назначен на вт, 24 ноября, 17:30 (Europe/Moscow, UTC+03:00). Отменить его?", ask.Text);
        Assert.StartsWith("Звонок с Anna Novak (вт, 24 ноября, 17:30, Europe/Moscow, UTC+03:00) отменён.", cancelled.Text, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:2", Invite(cancelled), StringComparison.Ordinal);
        var meeting = await MeetingOfAsync(visitor);
        Assert.Equal([MeetingAction.Booked, MeetingAction.Rescheduled, MeetingAction.Cancelled], meeting.History.Select(change => change.What));
    }

    /// <summary>The visitor's one meeting, as the store holds it now.</summary>
    private async Task<Meeting> MeetingOfAsync(EmulatorClient visitor) =>
        Assert.Single(await _host.Service<IMeetingRepository>().FindByLeadAsync((await _host.LeadOfAsync(visitor)).Id));

    /// <summary>A newcomer is offered the time first and books it.</summary>
    private async Task AssertBookableAsync(TimeSlot time)
    {
        var (newcomer, _) = await BookedVisitorAsync(_host, "America/New_York");
        Assert.Equal(time, (await MeetingOfAsync(newcomer)).Time);
    }

    private static string Uid(string ics) => ics.Split("\r\n").Single(line => line.StartsWith("UID:", StringComparison.Ordinal));
}
