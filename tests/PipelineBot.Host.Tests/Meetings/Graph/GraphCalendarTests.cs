using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Host.Meetings.Graph;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Sales;
using PipelineBot.Sales.Meetings;
using PipelineBot.Testing.Authentication;
using PipelineBot.Testing.Connector;
using PipelineBot.Testing.Graph;
using static PipelineBot.Host.Tests.Conversations.MeetingConversation;

namespace PipelineBot.Host.Tests.Meetings.Graph;

/// <summary>
/// Booking with Outlook as the reps' calendar, through the real host against a fake Graph and token endpoint on
/// 127.0.0.1, on the fake clock of the booking tests: Tuesday 24 November 2026, 10:00 UTC, 11:00 for anna in Prague.
/// Without Outlook, a New York visitor is first offered anna's 15:00 to 16:30 (9:00 to 10:30 AM in New York).
/// </summary>
public sealed class GraphCalendarTests : IAsyncLifetime
{
    private const string AnnasMailbox = "anna.novak@contoso.com";
    private const string NewYork = "America/New_York";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] FirstSlots = ["Tue, November 24, 9:00 AM", "Tue, November 24, 9:30 AM", "Tue, November 24, 10:00 AM", "Tue, November 24, 10:30 AM", "Other times"];

    private readonly FakeTimeProvider _time = new(Now);
    private TestIdentityProvider _login = null!;
    private GraphCalendarServer _graph = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _login = await TestIdentityProvider.StartAsync(_time);
        _graph = await GraphCalendarServer.StartAsync();
        _host = await BotTestHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["Calendar:Provider"] = "Graph",
                ["Calendar:TenantId"] = "contoso-tenant",
                ["Calendar:ClientId"] = "graph-app",
                ["Calendar:ClientSecret"] = TestIdentityProvider.AppPassword,
                ["Calendar:Authority"] = _login.BaseUrl,
                ["Calendar:BaseUrl"] = _graph.BaseUrl,
                ["Calendar:Mailboxes:anna"] = AnnasMailbox,
            },
            services => services.AddSingleton<TimeProvider>(_time));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _graph.DisposeAsync();
        await _login.DisposeAsync();
    }

    [Fact]
    public async Task OutlookAppointment_IsNotOffered_NorTheSlotWhoseBufferRunsIntoIt()
    {
        // 15:00 to 16:00 in Prague: takes the 15:00 slot, and the 15:30 one whose 15 minutes' buffer would run into it.
        _graph.AddBusy(AnnasMailbox, Now.AddHours(4), Now.AddHours(5));
        var visitor = await QualifiedVisitorAsync(_host, NewYork);

        var offer = Assert.Single(await visitor.SendAsync(visitor.Message("yes")));

        Assert.Equal(["Tue, November 24, 10:00 AM", "Tue, November 24, 10:30 AM", "Wed, November 25, 3:00 AM", "Wed, November 25, 3:30 AM", "Other times"], Buttons(offer));
        var schedule = Assert.Single(_graph.Requests, r => r.RawTarget.EndsWith("/getSchedule", StringComparison.Ordinal));
        Assert.Equal("/v1.0/users/anna.novak%40contoso.com/calendar/getSchedule", schedule.RawTarget);
        Assert.Equal("Bearer access-token-1", schedule.Authorization);
        var token = Assert.Single(_login.TokenRequests);
        Assert.Equal(("contoso-tenant", "graph-app", "https://graph.microsoft.com/.default"), (token["tenant"], token["client_id"], token["scope"]));
    }

    [Fact]
    public async Task Booking_CreatesOneEventInTheRepsMailbox_AtTheMeetingsUtcTimes_WithTheVisitorInvited()
    {
        var visitor = await OfferedVisitorAsync();

        await visitor.SendAsync(visitor.Message(FirstSlots[0]));

        var meeting = await BookedMeetingAsync(visitor);
        var created = Assert.Single(_graph.Events);
        Assert.Equal(
            new GraphEvent("event-1", AnnasMailbox, "Call with Anna Novak", Now.AddHours(4), Now.AddHours(4.5), created.Attendees, meeting.Id.ToString(), Cancelled: false),
            created);
        Assert.Equal(["ada@acme-analytics.com"], created.Attendees);
        Assert.Single(_login.TokenRequests);
    }

    [Fact]
    public async Task GraphThrottlesTheEvent_TheCreateIsRetriedAndMadeOnce()
    {
        var visitor = await OfferedVisitorAsync();
        _graph.Script(new ScriptedResponse(429, """{"error":{"code":"ApplicationThrottled"}}""", RetryAfter: "0"));

        var confirmation = Assert.Single(await visitor.SendAsync(visitor.Message(FirstSlots[0])));

        Assert.StartsWith("Done!", confirmation.Text, StringComparison.Ordinal);
        Assert.Single(_graph.Events);
        Assert.Equal(2, _graph.Requests.Count(r => r.RawTarget.EndsWith("/events", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task GraphDownWhileBooking_TheBookingIsConfirmed_AndCatchingUpCreatesTheEventOnce()
    {
        var visitor = await OfferedVisitorAsync();
        _graph.Script(GraphDown());

        var confirmation = Assert.Single(await visitor.SendAsync(visitor.Message(FirstSlots[0])));

        Assert.StartsWith("Done! Your call with Anna Novak is booked for Tue, November 24, 9:00 AM", confirmation.Text, StringComparison.Ordinal);
        var meeting = await BookedMeetingAsync(visitor);
        Assert.Empty(_graph.Events);

        await _host.Service<GraphCalendarSync>().CatchUpAsync();
        await _host.Service<GraphCalendarSync>().CatchUpAsync();

        Assert.Equal(meeting.Id.ToString(), Assert.Single(_graph.Events).TransactionId);
    }

    [Fact]
    public async Task GraphDownWhileOffering_TheStoresFreeSlotsAreOffered()
    {
        var visitor = await QualifiedVisitorAsync(_host, NewYork);
        _graph.Script(GraphDown());

        var offer = Assert.Single(await visitor.SendAsync(visitor.Message("yes")));

        Assert.Equal(FirstSlots, Buttons(offer));
    }

    [Fact]
    public async Task VisitorMovesThenCancelsTheCallInChat_TheEventIsMovedThenCancelled()
    {
        var visitor = await OfferedVisitorAsync();
        await visitor.SendAsync(visitor.Message(FirstSlots[0]));

        await visitor.SendAsync(visitor.Message("I need to move my meeting"));
        await visitor.SendAsync(visitor.Message("Tue, November 24, 10:00 AM"));
        var moved = Assert.Single(_graph.Events);
        await visitor.SendAsync(visitor.Message("cancel my meeting"));
        await visitor.SendAsync(visitor.Message("yes"));

        // 10:00 in New York is 15:00 UTC.
        Assert.Equal((Now.AddHours(5), Now.AddHours(5.5), false), (moved.Start, moved.End, moved.Cancelled));
        Assert.True(Assert.Single(_graph.Events).Cancelled);
        Assert.Equal(["POST /events", "PATCH /events/event-1", "POST /events/event-1/cancel"], EventCalls());
    }

    [Fact]
    public async Task MeetingRescheduledWhileGraphIsDown_CatchingUpMovesTheEvent()
    {
        var visitor = await OfferedVisitorAsync();
        await visitor.SendAsync(visitor.Message(FirstSlots[0]));
        var meeting = await BookedMeetingAsync(visitor);
        var tomorrow = new TimeSlot(Now.AddDays(1), Now.AddDays(1).AddMinutes(30));
        meeting.Reschedule(tomorrow, Actor.Visitor, Now);
        await _host.Service<IMeetingRepository>().SaveAsync(meeting);
        _graph.Script(GraphDown());

        await Assert.ThrowsAsync<CalendarUnavailableException>(() => _host.Service<ICalendarProvider>().UpdateEventAsync(meeting));
        await _host.Service<GraphCalendarSync>().CatchUpAsync();

        Assert.Equal(tomorrow.Start, Assert.Single(_graph.Events).Start);
    }

    /// <summary>A qualified New York visitor who has said yes to a call and been offered anna's first slots.</summary>
    private async Task<EmulatorClient> OfferedVisitorAsync()
    {
        var visitor = await QualifiedVisitorAsync(_host, NewYork);
        Assert.Equal(FirstSlots, Buttons(Assert.Single(await visitor.SendAsync(visitor.Message("yes")))));
        return visitor;
    }

    private async Task<Meeting> BookedMeetingAsync(EmulatorClient visitor) =>
        Assert.Single(await _host.Service<IMeetingRepository>().FindByLeadAsync((await _host.LeadOfAsync(visitor)).Id));

    /// <summary>Graph failing every attempt of one call: the first try and each retry.</summary>
    private static ScriptedResponse[] GraphDown() => [.. Enumerable.Repeat(new ScriptedResponse(503, RetryAfter: "0"), 4)];

    /// <summary>The calls made to events, e.g. "PATCH /events/event-1", without the mailbox prefix.</summary>
    private List<string> EventCalls() =>
    [
        .. _graph.Requests.Where(r => r.RawTarget.Contains("/events", StringComparison.Ordinal))
            .Select(r => $"{r.Method} {r.RawTarget[r.RawTarget.IndexOf("/events", StringComparison.Ordinal)..]}"),
    ];
}
