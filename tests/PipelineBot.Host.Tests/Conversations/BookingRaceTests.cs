using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>
/// Two hundred qualified visitors, all Acme and so all anna's, pressing the same ten slots at once, through the real
/// endpoint and LiteDB file: the store lets exactly one booking per slot through and every other visitor is told and
/// offered other times, also when the host restarts halfway through. Slots start every 45 minutes here, so each of
/// the ten offered is bookable next to the others: a half-hour meeting plus anna's fifteen minutes' buffer.
/// </summary>
public sealed class BookingRaceTests : IAsyncLifetime
{
    private const int Visitors = 200;
    private const int Slots = 10;
    private const string Booked = "Done! Your call with Anna Novak is booked for ";
    private const string Taken = "Sorry, someone else has just booked that time.";
    private static readonly DateTimeOffset Now = MeetingConversation.Now;
    private static readonly TimeZoneInfo Prague = TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague");

    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await MeetingConversation.StartHostAsync(
        settings: new Dictionary<string, string?> { ["Booking:SlotsOffered"] = $"{Slots}", ["Meetings:SlotInterval"] = "00:45:00" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TwoHundredVisitorsPressTheSameTenSlotsAtOnce_TenAreBooked_EveryOtherVisitorIsOfferedOtherTimes()
    {
        var visitors = await OfferedVisitorsAsync();

        var replies = await Task.WhenAll(visitors.Select((visitor, i) => PressAsync(visitor, i % Slots)));

        await AssertTenBookingsAndAlternativesAsync(replies);
    }

    [Fact]
    public async Task HostRestartsHalfwayThroughTheRace_StillTenBookings_AndTheSecondHalfIsOfferedOtherTimes()
    {
        var visitors = await OfferedVisitorsAsync();

        // The first half wants only every other slot, so the second half still races for the rest after the restart.
        var firstHalf = await Task.WhenAll(visitors.Take(Visitors / 2).Select((visitor, i) => PressAsync(visitor, i % (Slots / 2) * 2)));
        await _host.RestartAsync();
        var secondHalf = await Task.WhenAll(visitors.Skip(Visitors / 2).Select((visitor, i) => PressAsync(visitor, i % Slots)));

        Assert.Equal(Slots / 2, firstHalf.Count(reply => reply[0].Text!.StartsWith(Booked, StringComparison.Ordinal)));
        await AssertTenBookingsAndAlternativesAsync([.. firstHalf, .. secondHalf]);
    }

    private async Task AssertTenBookingsAndAlternativesAsync(IReadOnlyList<Activity>[] replies)
    {
        Assert.Equal(Slots, replies.Count(reply => reply[0].Text!.StartsWith(Booked, StringComparison.Ordinal)));
        var losers = replies.Where(reply => reply[0].Text == Taken).ToList();
        Assert.Equal(Visitors - Slots, losers.Count);
        // Each loser is offered the times still free when they lost, never the one they just lost.
        Assert.All(losers, reply => Assert.Equal(Slots + 1, reply[^1].SuggestedActions?.Actions.Count));

        var meetings = await _host.Service<IMeetingRepository>().FindByRepAsync("anna", Now, Now.AddDays(30));
        Assert.Equal(Slots, meetings.Count);
        Assert.Equal(Slots, meetings.Select(meeting => meeting.LeadId).Distinct().Count());
        // Nothing overlaps anything else's meeting-plus-buffer, and all of it is inside anna's working hours in Prague.
        Assert.All(meetings.Zip(meetings.Skip(1)), pair => Assert.True(pair.First.HeldTime.End <= pair.Second.Start, $"{pair.First.Time} overlaps {pair.Second.Time}"));
        Assert.All(meetings, meeting => AssertInsideAnnasHours(meeting.Time));
    }

    private static void AssertInsideAnnasHours(TimeSlot time)
    {
        var (start, end) = (TimeZoneInfo.ConvertTime(time.Start, Prague), TimeZoneInfo.ConvertTime(time.End, Prague));
        Assert.Equal(start.Date, end.Date);
        Assert.InRange(start.DayOfWeek, DayOfWeek.Monday, DayOfWeek.Friday);
        var (from, to) = (TimeOnly.FromDateTime(start.DateTime), TimeOnly.FromDateTime(end.DateTime));
        Assert.True((from >= new TimeOnly(9, 0) && to <= new TimeOnly(12, 0)) || (from >= new TimeOnly(13, 0) && to <= new TimeOnly(17, 0)), $"{start:ddd HH:mm}-{to} is outside anna's hours");
    }

    /// <summary>Qualifies every visitor (a few at a time, as traffic would arrive) and has each accept the call, so all hold the same offer.</summary>
    private async Task<EmulatorClient[]> OfferedVisitorsAsync()
    {
        var visitors = new EmulatorClient[Visitors];
        List<string?>? firstOffer = null;
        await Parallel.ForEachAsync(Enumerable.Range(0, Visitors), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var visitor = visitors[i] = await MeetingConversation.QualifiedVisitorAsync(_host, "Europe/Prague");
            var offer = Assert.Single(await visitor.SendAsync(visitor.Message("yes")));
            var buttons = MeetingConversation.Buttons(offer);
            Assert.Equal(firstOffer ??= buttons, buttons);
        });
        return visitors;
    }

    private static Task<IReadOnlyList<Activity>> PressAsync(EmulatorClient visitor, int slot) =>
        visitor.SendAsync(visitor.Message($"{slot + 1}"));
}
