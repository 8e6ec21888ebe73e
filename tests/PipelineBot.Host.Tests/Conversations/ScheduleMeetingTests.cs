using System.Net;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Meetings;
using static PipelineBot.Host.Tests.Conversations.MeetingConversation;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>Booking a call after qualification, through the real host on <see cref="MeetingConversation"/>'s fake clock.</summary>
public sealed class ScheduleMeetingTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task NewYorkVisitor_IsOfferedAnnasFirstFreeSlotsOnTheirClock_PicksOne_GetsTheInvite_AndTheDealMoves()
    {
        var anna = _host.NewRep(AnnaTeamsId);
        await anna.SayAsync("hi");
        var visitor = await QualifiedVisitorAsync("America/New_York");

        var offer = Assert.Single(await visitor.SendAsync(visitor.Message("yes")));

        Assert.Equal(
            "Here are the next free times with Anna Novak, in your time zone (America/New_York, UTC-05:00). Which suits you? You can also tell me, e.g. \"Tuesday afternoon\".",
            offer.Text);
        // 15:00 to 16:30 in Prague: the first starts after four hours' notice, all inside anna's afternoon.
        Assert.Equal(["Tue, November 24, 9:00 AM", "Tue, November 24, 9:30 AM", "Tue, November 24, 10:00 AM", "Tue, November 24, 10:30 AM", "Other times"], Buttons(offer));

        var confirmation = Assert.Single(await visitor.SendAsync(visitor.Message("Tue, November 24, 9:00 AM")));

        Assert.StartsWith("Done! Your call with Anna Novak is booked for Tue, November 24, 9:00 AM (America/New_York, UTC-05:00).", confirmation.Text, StringComparison.Ordinal);
        var ics = Invite(confirmation);
        Assert.Contains("DTSTART:20261124T140000Z", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND:20261124T143000Z", ics, StringComparison.Ordinal);
        var lead = await _host.LeadOfAsync(visitor);
        var meeting = Assert.Single(await _host.Service<IMeetingRepository>().FindByLeadAsync(lead.Id));
        Assert.Equal(new TimeSlot(Now.AddHours(4), Now.AddHours(4.5)), meeting.Time);
        Assert.Equal("America/New_York", meeting.VisitorTimeZoneId);
        var deal = await _host.Service<IDealRepository>().GetAsync(lead.DealId!.Value);
        Assert.Equal("Meeting", deal!.Stage);
        Assert.Equal(["Contact", "Meeting"], deal.History.Where(change => change.EntersStage).Select(change => change.To));
        Assert.Contains(anna.Received, a => a.Text == "Meeting booked: Ada Lovelace on Tue, November 24, 3:00 PM (Europe/Prague, UTC+01:00, your time).");
    }

    [Fact]
    public async Task TypedTomorrowAfternoon_OffersAnnasFreeSlotsInThatWindow()
    {
        var visitor = await QualifiedVisitorAsync("Europe/London");
        await visitor.SendAsync(visitor.Message("yes"));

        var offer = Assert.Single(await visitor.SendAsync(visitor.Message("tomorrow afternoon")));

        // London's afternoon (12:00-17:00) is 13:00-18:00 in Prague, where anna works until 17:00.
        Assert.Equal(["Wed, November 25, 12:00 PM", "Wed, November 25, 12:30 PM", "Wed, November 25, 1:00 PM", "Wed, November 25, 1:30 PM", "Other times"], Buttons(offer));
    }

    [Fact]
    public async Task TwoVisitorsPickTheSameSlot_OneBooks_TheOtherIsToldItIsGoneAndOfferedOthers()
    {
        var first = await QualifiedVisitorAsync("America/New_York");
        var second = await QualifiedVisitorAsync("America/New_York");
        await first.SendAsync(first.Message("yes"));
        await second.SendAsync(second.Message("yes"));

        await first.SendAsync(first.Message("1"));
        var replies = await second.SendAsync(second.Message("1"));

        Assert.Equal("Sorry, someone else has just booked that time.", replies[0].Text);
        // The 15:00 Prague meeting and its 15 minutes' buffer hold 15:30 too; anna's day ends at 17:00, her next starts at 09:00.
        Assert.Equal(["Tue, November 24, 10:00 AM", "Tue, November 24, 10:30 AM", "Wed, November 25, 3:00 AM", "Wed, November 25, 3:30 AM", "Other times"], Buttons(replies[^1]));
        var meetings = await _host.Service<IMeetingRepository>().FindByRepAsync("anna", Now, Now.AddDays(1));
        Assert.Equal((await _host.LeadOfAsync(first)).Id, Assert.Single(meetings).LeadId);
    }

    [Fact]
    public async Task InviteLink_ServesTheIcsWithItsToken_And404WithAnother()
    {
        var visitor = await QualifiedVisitorAsync("America/New_York");
        await visitor.SendAsync(visitor.Message("yes"));
        var confirmation = Assert.Single(await visitor.SendAsync(visitor.Message("1")));
        var link = new Uri(confirmation.Text![(confirmation.Text!.IndexOf("http", StringComparison.Ordinal))..]);

        using var served = await _host.Http.GetAsync(link.PathAndQuery);
        using var forged = await _host.Http.GetAsync(link.AbsolutePath + "?token=AAAA" + link.Query[10..]);
        using var bare = await _host.Http.GetAsync(link.AbsolutePath);

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("text/calendar", served.Content.Headers.ContentType?.MediaType);
        Assert.Contains("DTSTART:20261124T140000Z", await served.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bare.StatusCode);
    }

    [Fact]
    public async Task VisitorWithoutAZone_IsAskedForIt_AndATypedOffsetWorks()
    {
        var visitor = await QualifiedVisitorAsync(null);

        var ask = Assert.Single(await visitor.SendAsync(visitor.Message("yes")));
        var retry = Assert.Single(await visitor.SendAsync(visitor.Message("somewhere nice")));
        var offer = Assert.Single(await visitor.SendAsync(visitor.Message("UTC-5")));

        Assert.StartsWith("Which time zone are you in?", ask.Text, StringComparison.Ordinal);
        Assert.Contains("America/New_York", Buttons(ask));
        Assert.StartsWith("I don't know that time zone.", retry.Text, StringComparison.Ordinal);
        Assert.Contains("(Etc/GMT+5, UTC-05:00)", offer.Text, StringComparison.Ordinal);
        Assert.Equal("Tue, November 24, 9:00 AM", Buttons(offer)[0]);
    }

    [Fact]
    public async Task VisitorDeclinesTheCall_IsToldTheRepWillBeInTouch_AndNothingIsBooked()
    {
        var visitor = await QualifiedVisitorAsync("America/New_York");

        var replies = await visitor.SayAsync("no");

        Assert.Equal(["No problem. Anna Novak will contact you shortly."], replies);
        Assert.Empty(await _host.Service<IMeetingRepository>().FindByLeadAsync((await _host.LeadOfAsync(visitor)).Id));
    }

    [Fact]
    public async Task UnrecognisedAnswers_AreRepromptedThenTheVisitorIsToldTheRepWillFindATime()
    {
        var visitor = await QualifiedVisitorAsync("America/New_York");
        await visitor.SendAsync(visitor.Message("yes"));

        var first = await visitor.SayAsync("purple");
        await visitor.SayAsync("banana");
        var last = await visitor.SayAsync("whatever");

        Assert.Equal(["Please pick one of the times, choose \"Other times\", or tell me when suits you, e.g. \"tomorrow at 3pm\"."], first);
        Assert.Equal(["Let's leave it there: Anna Novak will contact you to find a time."], last);
    }

    [Fact]
    public async Task SqlVisitorComingBack_SaysBookAMeeting_IsOfferedSlotsStraightAway()
    {
        var visitor = await QualifiedVisitorAsync("America/New_York");
        await visitor.SayAsync("no");
        visitor.RestartConversation();

        var offer = Assert.Single(await visitor.SendAsync(visitor.Message("book a meeting")));

        Assert.Equal("Tue, November 24, 9:00 AM", Buttons(offer)[0]);
    }

    private Task<EmulatorClient> QualifiedVisitorAsync(string? zone) => MeetingConversation.QualifiedVisitorAsync(_host, zone);
}
