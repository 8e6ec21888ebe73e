using System.Text.Json;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;
using static PipelineBot.Host.Tests.Conversations.MeetingConversation;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>
/// Booking for a lead round-robin gave to anna, with a second European rep: dan, in London, who takes calls at two
/// hours' notice, so on <see cref="MeetingConversation"/>'s Tuesday he is free from 13:00 UTC and anna from 14:00 UTC.
/// </summary>
public sealed class RoundRobinBookingTests : IAsyncLifetime
{
    private const string DanTeamsId = "29:dan-evans";

    // Routing:Reps 0 to 2 are anna, ben and chloe; dan comes after them in turn.
    private static readonly Dictionary<string, string?> WithDan = new()
    {
        ["Routing:Reps:3:Id"] = "dan",
        ["Routing:Reps:3:DisplayName"] = "Dan Evans",
        ["Routing:Reps:3:Territories:0"] = "europe",
        ["Routing:Reps:3:Accounts:0:ChannelId"] = "msteams",
        ["Routing:Reps:3:Accounts:0:UserId"] = DanTeamsId,
        ["Meetings:Reps:dan:TimeZone"] = "Europe/London",
        ["Meetings:Reps:dan:MinimumNotice"] = "02:00:00",
    };

    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await StartHostAsync(settings: WithDan);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RoundRobinLead_IsOfferedBothRepsSlotsInTimeOrder_EachNamingItsRep()
    {
        var visitor = _host.NewVisitor();
        visitor.LocalTimezone = "America/New_York";
        var driver = new QualificationDriver(visitor, _host.Service<QualificationContent>());
        await driver.RunAsync(Prospects.Strong("en-US"));

        var offer = Assert.Single(await visitor.SendAsync(visitor.Message("yes")));

        Assert.Equal("Would you like to book a call with our sales team?", driver.BookingOffer?.Text);
        Assert.Equal(AssignmentMethod.RoundRobin, (await _host.LeadOfAsync(visitor)).OwnerAssignedBy);
        Assert.Equal(
            "Here are the next free times with our team, in your time zone (America/New_York, UTC-05:00); each says who you would meet. Which suits you? You can also tell me, e.g. \"Tuesday afternoon\".",
            offer.Text);
        // Both are free at 14:00 UTC; the owner keeps that time.
        Assert.Equal(
            [
                "Tue, November 24, 8:00 AM · Dan Evans", "Tue, November 24, 8:30 AM · Dan Evans",
                "Tue, November 24, 9:00 AM · Anna Novak", "Tue, November 24, 9:30 AM · Anna Novak", "Other times",
            ],
            Buttons(offer));
    }

    [Fact]
    public async Task TypedTime_SearchesEveryRepOfThePool()
    {
        var visitor = await QualifiedVisitorAsync(_host, "America/New_York");
        await visitor.SendAsync(visitor.Message("yes"));

        var offer = Assert.Single(await visitor.SendAsync(visitor.Message("tomorrow at 11am")));

        // 16:00 UTC: anna's day in Prague is over, dan's in London is not; anna is next free on Thursday at 9:00 hers.
        Assert.Equal(
            [
                "Wed, November 25, 11:00 AM · Dan Evans", "Wed, November 25, 11:30 AM · Dan Evans",
                "Thu, November 26, 3:00 AM · Anna Novak", "Thu, November 26, 3:30 AM · Anna Novak", "Other times",
            ],
            Buttons(offer));
    }

    [Fact]
    public async Task PickingTheOtherRepsSlot_BooksWithThem_HandsTheLeadAndDealOver_AndTellsBothReps()
    {
        var (anna, dan) = (_host.NewRep(AnnaTeamsId), _host.NewRep(DanTeamsId));
        await anna.SayAsync("hi");
        await dan.SayAsync("hi");
        var visitor = await QualifiedVisitorAsync(_host, "America/New_York");
        await visitor.SendAsync(visitor.Message("yes"));

        var confirmation = Assert.Single(await visitor.SendAsync(visitor.Message("Tue, November 24, 8:00 AM · Dan Evans")));

        Assert.StartsWith("Done! Your call with Dan Evans is booked for Tue, November 24, 8:00 AM (America/New_York, UTC-05:00).", confirmation.Text, StringComparison.Ordinal);
        var lead = await _host.LeadOfAsync(visitor);
        var meeting = Assert.Single(await _host.Service<IMeetingRepository>().FindByLeadAsync(lead.Id));
        Assert.Equal(("dan", new TimeSlot(Now.AddHours(3), Now.AddHours(3.5))), (meeting.RepId, meeting.Time));
        Assert.Equal(("dan", AssignmentMethod.RoundRobin, LeadStatus.Sql), (lead.OwnerRepId, lead.OwnerAssignedBy, lead.Status));
        var handOver = lead.History[^1];
        Assert.Equal((LeadStatus.Sql, LeadStatus.Sql, Actor.System), (handOver.From, handOver.To, handOver.By));
        Assert.Equal(new LeadOwnerChange("anna", "dan", AssignmentMethod.RoundRobin), handOver.Owner);
        var deal = await _host.Service<IDealRepository>().GetAsync(lead.DealId!.Value);
        Assert.Equal(("dan", "Meeting"), (deal!.OwnerRepId, deal.Stage));

        var toDan = dan.Received.Skip(1).ToList();
        Assert.Equal(
            ["New sales-qualified lead: Ada Lovelace.", "Meeting booked: Ada Lovelace on Tue, November 24, 1:00 PM (Europe/London, UTC+00:00, your time)."],
            toDan.Select(a => a.Text));
        Assert.Contains("reassigned from anna to dan, who was free at the time the visitor booked", JsonSerializer.Serialize(Assert.Single(toDan[0].Attachments!).Content), StringComparison.Ordinal);
        Assert.Equal("Ada Lovelace was reassigned to Dan Evans, who was free at the time the visitor booked.", anna.Received[^1].Text);
    }

    [Fact]
    public async Task AfterAHandOver_TheNextRoundRobinLeadGoesToTheRepWhoLostOne()
    {
        var visitor = await QualifiedVisitorAsync(_host, "America/New_York");
        await visitor.SendAsync(visitor.Message("yes"));
        await visitor.SendAsync(visitor.Message("1"));

        var next = _host.NewVisitor();
        await new QualificationDriver(next, _host.Service<QualificationContent>())
            .RunAsync(new Dictionary<string, string>(Prospects.Strong("en-US")) { ["work-email"] = "grace@globex.example" });

        // Without the hand-over the turn after anna's lead would be dan's.
        var lead = await _host.LeadOfAsync(next);
        Assert.Equal(("anna", AssignmentMethod.RoundRobin), (lead.OwnerRepId, lead.OwnerAssignedBy));
    }

    [Fact]
    public async Task OwnerFirstLead_IsOfferedOnlyTheOwnersSlots()
    {
        await QualifiedVisitorAsync(_host, "America/New_York");
        var sameCompany = await QualifiedVisitorAsync(_host, "America/New_York");

        var offer = Assert.Single(await sameCompany.SendAsync(sameCompany.Message("yes")));

        Assert.Equal(AssignmentMethod.OwnerFirst, (await _host.LeadOfAsync(sameCompany)).OwnerAssignedBy);
        Assert.StartsWith("Here are the next free times with Anna Novak,", offer.Text, StringComparison.Ordinal);
        Assert.Equal(AnnasFirstSlots, Buttons(offer));
    }

    [Fact]
    public async Task AcceptedLead_IsOfferedOnlyTheOwnersSlots()
    {
        var visitor = await QualifiedVisitorAsync(_host, "America/New_York");
        await AcceptAsync(visitor);

        var offer = Assert.Single(await visitor.SendAsync(visitor.Message("yes")));

        Assert.Equal(AnnasFirstSlots, Buttons(offer));
    }

    [Fact]
    public async Task LeadAcceptedAfterTheOffer_PickingTheOtherRepsSlot_IsRefused_AndTheOwnersSlotsAreOffered()
    {
        var visitor = await QualifiedVisitorAsync(_host, "America/New_York");
        await visitor.SendAsync(visitor.Message("yes"));
        await AcceptAsync(visitor);

        var replies = await visitor.SendAsync(visitor.Message("1"));

        Assert.Equal("Sorry, someone else has just booked that time.", replies[0].Text);
        Assert.Equal(AnnasFirstSlots, Buttons(replies[^1]));
        var lead = await _host.LeadOfAsync(visitor);
        Assert.Equal(("anna", LeadStatus.SalesAccepted), (lead.OwnerRepId, lead.Status));
        Assert.Empty(await _host.Service<IMeetingRepository>().FindByLeadAsync(lead.Id));
    }

    /// <summary>Anna's first four slots on a New York clock: 15:00 to 16:30 in Prague.</summary>
    private static List<string?> AnnasFirstSlots =>
        ["Tue, November 24, 9:00 AM", "Tue, November 24, 9:30 AM", "Tue, November 24, 10:00 AM", "Tue, November 24, 10:30 AM", "Other times"];

    private async Task AcceptAsync(EmulatorClient visitor)
    {
        var anna = _host.NewRep(AnnaTeamsId);
        var lead = await _host.LeadOfAsync(visitor);
        var replies = await anna.SendAsync(anna.Submit(new { action = "lead.accept", leadId = lead.Id.ToString() }));
        Assert.Equal("You accepted Ada Lovelace. It is now sales-accepted and yours to work.", replies[^1].Text);
    }
}
