using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Meetings.Graph;

/// <summary>
/// What goes to and comes from Microsoft Graph's calendar API: getSchedule requests and their busy items, and the
/// events that put meetings in a rep's calendar. Times are sent in UTC and read in whatever zone Graph names.
/// </summary>
internal static class GraphCalendarJson
{
    private const string Utc = "UTC";
    private const string DateTimeFormat = "yyyy-MM-ddTHH:mm:ss";

    // getSchedule's statuses are free, tentative, busy, oof, workingElsewhere and unknown; a tentative appointment
    // may still happen, so only time the rep has left open, or is working elsewhere in, can be offered.
    private static readonly string[] BusyStatuses = ["busy", "tentative", "oof"];

    /// <summary>The body of <c>POST /users/{mailbox}/calendar/getSchedule</c> for one mailbox over <paramref name="range"/>.</summary>
    public static JsonObject ScheduleRequest(string mailbox, TimeSlot range) => new()
    {
        ["schedules"] = new JsonArray(mailbox),
        ["startTime"] = DateTimeTimeZone(range.Start),
        ["endTime"] = DateTimeTimeZone(range.End),
        ["availabilityViewInterval"] = 15,
    };

    /// <summary>The spans getSchedule reports <paramref name="mailbox"/> busy, tentative or out of office in, in UTC.</summary>
    /// <exception cref="CalendarUnavailableException">Graph reported an error for the mailbox, or the answer cannot be read.</exception>
    public static IReadOnlyList<TimeSlot> ReadBusy(string json, string mailbox) => Read(json, $"the schedule of {mailbox}", root =>
    {
        var busy = new List<TimeSlot>();
        foreach (var schedule in root.GetProperty("value").EnumerateArray())
        {
            if (schedule.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                throw new CalendarUnavailableException($"Microsoft Graph could not read the schedule of {mailbox}: {Describe(error, "responseCode")}");
            }
            if (!schedule.TryGetProperty("scheduleItems", out var items))
            {
                continue;
            }
            busy.AddRange(items.EnumerateArray()
                .Where(item => BusyStatuses.Contains(item.GetProperty("status").GetString(), StringComparer.OrdinalIgnoreCase))
                .Select(item => (Start: ToUtc(item.GetProperty("start")), End: ToUtc(item.GetProperty("end"))))
                // An appointment without length (a reminder, say) takes no time to keep free.
                .Where(item => item.End > item.Start)
                .Select(item => new TimeSlot(item.Start, item.End)));
        }
        return busy;
    });

    /// <summary>
    /// The body of <c>POST /users/{mailbox}/events</c> for a meeting: its time in UTC, the visitor as a required attendee
    /// when their email is known, and the meeting id as the transaction id, so Graph makes one event however often
    /// the same request is retried.
    /// </summary>
    public static JsonObject NewEvent(Meeting meeting, string subject, string body, Lead? visitor)
    {
        var attendees = new JsonArray();
        if (visitor?.WorkEmail is { } email)
        {
            var address = new JsonObject { ["address"] = email.ToString() };
            if (visitor.Name is { Length: > 0 } name)
            {
                address["name"] = name;
            }
            attendees.Add(new JsonObject { ["emailAddress"] = address, ["type"] = "required" });
        }
        return new JsonObject
        {
            ["subject"] = subject,
            ["body"] = new JsonObject { ["contentType"] = "text", ["content"] = body },
            ["start"] = DateTimeTimeZone(meeting.Start),
            ["end"] = DateTimeTimeZone(meeting.End),
            ["attendees"] = attendees,
            ["transactionId"] = meeting.Id.ToString(),
        };
    }

    /// <summary>The body of <c>PATCH /users/{mailbox}/events/{id}</c> that moves an event to <paramref name="time"/>.</summary>
    public static JsonObject MovedEvent(TimeSlot time) => new()
    {
        ["start"] = DateTimeTimeZone(time.Start),
        ["end"] = DateTimeTimeZone(time.End),
    };

    /// <summary>The id of the event Graph created.</summary>
    /// <exception cref="CalendarUnavailableException">The answer names no event.</exception>
    public static string ReadEventId(string json) =>
        Read(json, "the created event", root => root.GetProperty("id").GetString() is { Length: > 0 } id ? id : throw new FormatException("The event id is empty."));

    /// <summary>Graph's error code and message from an error answer, for logs; the body as sent when it is not Graph's shape.</summary>
    public static string DescribeError(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("error", out var error) ? Describe(error, "code") : json;
        }
        catch (JsonException)
        {
            return json;
        }
    }

    /// <summary>An instant as Graph's dateTimeTimeZone, in UTC.</summary>
    private static JsonObject DateTimeTimeZone(DateTimeOffset instant) => new()
    {
        ["dateTime"] = instant.UtcDateTime.ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        ["timeZone"] = Utc,
    };

    /// <summary>A dateTimeTimeZone as an instant; Graph may name the zone in IANA or Windows form, or UTC.</summary>
    private static DateTimeOffset ToUtc(JsonElement value)
    {
        // The wall-clock reading only: the zone comes from its own property.
        var local = DateTime.SpecifyKind(
            DateTime.Parse(value.GetProperty("dateTime").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), DateTimeKind.Unspecified);
        var zoneId = value.GetProperty("timeZone").GetString();
        if (string.Equals(zoneId, Utc, StringComparison.OrdinalIgnoreCase))
        {
            return new DateTimeOffset(local, TimeSpan.Zero);
        }
        return TimeZoneInfo.TryFindSystemTimeZoneById(zoneId ?? string.Empty, out var zone)
            ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero)
            : throw new FormatException($"'{zoneId}' is not a time zone this machine knows.");
    }

    private static string Describe(JsonElement error, string codeProperty) =>
        $"{(error.TryGetProperty(codeProperty, out var code) ? code.GetString() : "error")}: {(error.TryGetProperty("message", out var message) ? message.GetString() : "no message")}";

    private static T Read<T>(string json, string what, Func<JsonElement, T> read)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return read(document.RootElement);
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            throw new CalendarUnavailableException($"Microsoft Graph's answer about {what} cannot be read: {exception.Message}", exception);
        }
    }
}
