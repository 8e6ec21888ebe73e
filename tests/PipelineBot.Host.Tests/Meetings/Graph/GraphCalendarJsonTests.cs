using System.Text.Json.Nodes;
using PipelineBot.Host.Meetings.Graph;
using PipelineBot.Host.Tests.Cards;
using PipelineBot.Sales;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Tests.Meetings.Graph;

public sealed class GraphCalendarJsonTests
{
    private const string Mailbox = "anna.novak@contoso.com";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ScheduleRequest_Range_AsksForTheMailboxInUtc()
    {
        var request = GraphCalendarJson.ScheduleRequest(Mailbox, new TimeSlot(Now, Now.AddDays(3)));

        Assert.Equal(
            """{"schedules":["anna.novak@contoso.com"],"startTime":{"dateTime":"2026-11-24T10:00:00","timeZone":"UTC"},"endTime":{"dateTime":"2026-11-27T10:00:00","timeZone":"UTC"},"availabilityViewInterval":15}""",
            request.ToJsonString());
    }

    [Fact]
    public void ReadBusy_ItemsInEachStatusAndZone_ReturnsBusyTentativeAndOutOfOfficeInUtc()
    {
        var json = Schedule(
            Item("busy", "2026-11-24T14:00:00.0000000", "UTC", "2026-11-24T15:00:00.0000000", "UTC"),
            // Graph names zones the Windows way unless asked otherwise; 09:00 in Prague is 08:00 UTC in November.
            Item("Tentative", "2026-11-25T09:00:00.0000000", "Central Europe Standard Time", "2026-11-25T09:30:00.0000000", "Central Europe Standard Time"),
            Item("oof", "2026-11-26T00:00:00", "America/New_York", "2026-11-27T00:00:00", "America/New_York"),
            Item("free", "2026-11-24T16:00:00", "UTC", "2026-11-24T17:00:00", "UTC"),
            Item("workingElsewhere", "2026-11-24T17:00:00", "UTC", "2026-11-24T18:00:00", "UTC"),
            Item("busy", "2026-11-24T18:00:00", "UTC", "2026-11-24T18:00:00", "UTC"));

        var busy = GraphCalendarJson.ReadBusy(json, Mailbox);

        Assert.Equal(
            [
                new TimeSlot(Utc(2026, 11, 24, 14), Utc(2026, 11, 24, 15)),
                new TimeSlot(Utc(2026, 11, 25, 8), Utc(2026, 11, 25, 8, 30)),
                new TimeSlot(Utc(2026, 11, 26, 5), Utc(2026, 11, 27, 5)),
            ],
            busy);
    }

    [Fact]
    public void ReadBusy_ScheduleWithError_ThrowsNamingTheMailboxAndCode()
    {
        var json = """{"value":[{"scheduleId":"anna.novak@contoso.com","error":{"message":"The mailbox was not found.","responseCode":"ErrorMailRecipientNotFound"}}]}""";

        var error = Assert.Throws<CalendarUnavailableException>(() => GraphCalendarJson.ReadBusy(json, Mailbox));

        Assert.Contains(Mailbox, error.Message, StringComparison.Ordinal);
        Assert.Contains("ErrorMailRecipientNotFound", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"value":[{"scheduleItems":[{"status":"busy","start":{"dateTime":"2026-11-24T14:00:00","timeZone":"Mars/Olympus"},"end":{"dateTime":"2026-11-24T15:00:00","timeZone":"UTC"}}]}]}""")]
    [InlineData("""{"error":{"code":"InvalidAuthenticationToken"}}""")]
    public void ReadBusy_UnreadableAnswer_ThrowsCalendarUnavailable(string json) =>
        Assert.Throws<CalendarUnavailableException>(() => GraphCalendarJson.ReadBusy(json, Mailbox));

    [Fact]
    public void NewEvent_VisitorWithEmail_HasUtcTimesTheVisitorAsAttendeeAndTheMeetingAsTransaction()
    {
        var meeting = Meeting();
        var visitor = CardTestData.Lead(("consent", "yes"), ("name", "Ada Lovelace"), ("work-email", "ada@acme.example"));

        var graphEvent = GraphCalendarJson.NewEvent(meeting, "Call with Anna Novak", "Booked in chat.", visitor);

        Assert.Equal(
            $$"""{"subject":"Call with Anna Novak","body":{"contentType":"text","content":"Booked in chat."},"start":{"dateTime":"2026-11-24T14:00:00","timeZone":"UTC"},"end":{"dateTime":"2026-11-24T14:30:00","timeZone":"UTC"},"attendees":[{"emailAddress":{"address":"ada@acme.example","name":"Ada Lovelace"},"type":"required"}],"transactionId":"{{meeting.Id}}"}""",
            graphEvent.ToJsonString());
    }

    [Fact]
    public void NewEvent_VisitorWithoutEmail_InvitesNobody()
    {
        var graphEvent = GraphCalendarJson.NewEvent(Meeting(), "Call", "Booked in chat.", CardTestData.Lead(("consent", "no")));

        Assert.Empty(graphEvent["attendees"]!.AsArray());
    }

    [Fact]
    public void MovedEvent_Time_SendsOnlyTheNewStartAndEndInUtc()
    {
        var moved = GraphCalendarJson.MovedEvent(new TimeSlot(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(1)), Utc(2026, 11, 25, 8, 30)));

        Assert.Equal("""{"start":{"dateTime":"2026-11-25T08:00:00","timeZone":"UTC"},"end":{"dateTime":"2026-11-25T08:30:00","timeZone":"UTC"}}""", moved.ToJsonString());
    }

    [Theory]
    [InlineData("""{"error":{"code":"ErrorAccessDenied","message":"Access is denied."}}""", "ErrorAccessDenied: Access is denied.")]
    [InlineData("<html>Bad gateway</html>", "<html>Bad gateway</html>")]
    public void DescribeError_Answer_GivesGraphsCodeAndMessageElseTheBody(string json, string expected) =>
        Assert.Equal(expected, GraphCalendarJson.DescribeError(json));

    private static Meeting Meeting() => Sales.Meetings.Meeting.Book(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "anna", new TimeSlot(Now.AddHours(4), Now.AddHours(4.5)), TimeSpan.FromMinutes(15),
        "America/New_York", Actor.Visitor, Now);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static JsonObject Item(string status, string start, string startZone, string end, string endZone) => new()
    {
        ["status"] = status,
        ["start"] = new JsonObject { ["dateTime"] = start, ["timeZone"] = startZone },
        ["end"] = new JsonObject { ["dateTime"] = end, ["timeZone"] = endZone },
    };

    private static string Schedule(params JsonObject[] items) => new JsonObject
    {
        ["value"] = new JsonArray(new JsonObject { ["scheduleId"] = Mailbox, ["scheduleItems"] = new JsonArray(items) }),
    }.ToJsonString();
}
