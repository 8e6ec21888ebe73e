using System.Text.Json;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>
/// After a meeting, on the same fake clock as <see cref="MeetingReminderTests"/>: anna's meeting with a New York visitor
/// ends on Thursday 26 November at 14:30 UTC and she is asked at 14:45 whether it took place. A no-show offers the
/// visitor a new time, and their yes starts the booking again.
/// </summary>
public sealed class MeetingNoShowTests : IAsyncLifetime
{
    private const string BenTeamsId = "29:ben-carter";
    private static readonly DateTimeOffset Now = MeetingConversation.Now;
    private static readonly DateTimeOffset End = new(2026, 11, 26, 14, 30, 0, TimeSpan.Zero);

    private MeetingFixture _meetings = null!;

    public async Task InitializeAsync() =>
        _meetings = await MeetingFixture.StartAsync();

    public async Task DisposeAsync() => await _meetings.Host.DisposeAsync();

    [Fact]
    public async Task AfterTheEnd_AnnaIsAskedOnceWhetherItTookPlace_OnHerClock()
    {
        var (_, anna) = await _meetings.BookThursdayAsync();

        await _meetings.AdvanceToAsync(End.AddMinutes(14));
        Assert.Empty(Questions(anna));

        await _meetings.AdvanceToAsync(End.AddMinutes(15));
        await _meetings.AdvanceToAsync(End.AddHours(2));

        var question = Assert.Single(Questions(anna));
        var card = JsonSerializer.SerializeToElement(Assert.Single(question.Attachments!).Content);
        Assert.Equal("Did your meeting with Ada Lovelace on Thu, November 26, 3:00 PM (Europe/Prague, UTC+01:00, your time) take place?",
            card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal(["Held", "No-show"], card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task NoShow_MarksTheMeeting_AndTheVisitorIsOfferedANewTime_WhichTheirYesStartsBooking()
    {
        var (visitor, anna) = await _meetings.BookThursdayAsync();
        await _meetings.AdvanceToAsync(End.AddMinutes(15));
        var meeting = await _meetings.MeetingOfAsync(visitor);

        var reply = await PressAsync(anna, "outcome.noShow", meeting.Id);

        Assert.Equal(["Noted: Ada Lovelace did not turn up. I'm offering them a new time."], reply);
        Assert.Equal(MeetingStatus.NoShow, (await _meetings.MeetingOfAsync(visitor)).Status);
        var followUp = visitor.Received.TakeLast(2).ToList();
        Assert.Equal(
            ["We missed you at your call with Anna Novak on Thu, November 26, 9:00 AM (America/New_York, UTC-05:00). No problem, these things happen.",
             "Would you like to book a call with Anna Novak?"],
            followUp.Select(a => a.Text));
        Assert.Equal(["Yes", "No"], followUp[1].SuggestedActions?.Actions.Select(a => a.Title));

        var offer = Assert.Single(await visitor.SayAsync("yes"));

        Assert.StartsWith("Here are the next free times with Anna Novak, in your time zone (America/New_York, UTC-05:00).", offer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoShow_FollowUpGoesOutOnce_EvenAsTheServiceKeepsLooking()
    {
        var (visitor, anna) = await _meetings.BookThursdayAsync();
        await _meetings.AdvanceToAsync(End.AddMinutes(15));
        await PressAsync(anna, "outcome.noShow", (await _meetings.MeetingOfAsync(visitor)).Id);

        await _meetings.AdvanceToAsync(End.AddMinutes(20));
        await _meetings.Host.RestartAsync();
        await _meetings.AdvanceToAsync(End.AddMinutes(25));

        Assert.Single(visitor.Received, a => a.Text?.StartsWith("We missed you", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Held_MarksTheMeetingCompleted_AndTheVisitorHearsNothing()
    {
        var (visitor, anna) = await _meetings.BookThursdayAsync();
        await _meetings.AdvanceToAsync(End.AddMinutes(15));
        var before = visitor.Received.Count;

        var reply = await PressAsync(anna, "outcome.held", (await _meetings.MeetingOfAsync(visitor)).Id);

        Assert.Equal(["Noted: your meeting with Ada Lovelace took place."], reply);
        Assert.Equal(MeetingStatus.Completed, (await _meetings.MeetingOfAsync(visitor)).Status);
        await _meetings.AdvanceToAsync(End.AddHours(1));
        Assert.Equal(before, visitor.Received.Count);
    }

    [Fact]
    public async Task NoShow_FromARepWhoDoesNotOwnTheLead_IsRefused_AndChangesNothing()
    {
        var (visitor, _) = await _meetings.BookThursdayAsync();
        await _meetings.AdvanceToAsync(End.AddMinutes(15));
        var ben = _meetings.Host.NewRep(BenTeamsId);

        var reply = await PressAsync(ben, "outcome.noShow", (await _meetings.MeetingOfAsync(visitor)).Id);

        Assert.Equal(["Only the lead's owner (Anna Novak) can say how the meeting with Ada Lovelace went."], reply);
        Assert.Equal(MeetingStatus.Booked, (await _meetings.MeetingOfAsync(visitor)).Status);
        Assert.DoesNotContain(visitor.Received, a => a.Text?.StartsWith("We missed you", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task SecondAnswer_IsRefusedWithTheReason()
    {
        var (visitor, anna) = await _meetings.BookThursdayAsync();
        await _meetings.AdvanceToAsync(End.AddMinutes(15));
        var meeting = await _meetings.MeetingOfAsync(visitor);
        await PressAsync(anna, "outcome.held", meeting.Id);

        var reply = await PressAsync(anna, "outcome.noShow", meeting.Id);

        Assert.Equal([$"I can't do that for the meeting with Ada Lovelace: Meeting {meeting.Id} is Completed; only a booked meeting can be marked a no-show."], reply);
    }

    [Theory]
    [InlineData("3f2b8c1e-0d4a-4e5b-9c6d-7a8b9c0d1e2f")]
    [InlineData("not-a-meeting-id")]
    public async Task UnknownMeeting_SaysItCannotFindIt(string meetingId)
    {
        var anna = _meetings.Host.NewRep("29:anna-novak");

        var reply = await anna.SendAsync(anna.Submit(new { action = "outcome.noShow", meetingId }));

        Assert.Equal(["I can't find that meeting any more."], reply.Select(a => a.Text));
    }

    private static List<Activity> Questions(EmulatorClient rep) =>
        [.. rep.Received.Where(a => a.Text?.StartsWith("Meeting over: Ada Lovelace.", StringComparison.Ordinal) == true)];

    private static async Task<List<string>> PressAsync(EmulatorClient rep, string action, Guid meetingId) =>
        [.. (await rep.SendAsync(rep.Submit(new { action, meetingId = meetingId.ToString() }))).Select(a => a.Text ?? string.Empty)];
}
