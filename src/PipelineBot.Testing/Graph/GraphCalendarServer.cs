using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using PipelineBot.Testing.Connector;

namespace PipelineBot.Testing.Graph;

/// <summary>
/// Microsoft Graph's calendar API on 127.0.0.1, for the parts a booking bot uses: getSchedule, and creating, moving
/// and cancelling events in a mailbox's calendar. Appointments added with <see cref="AddBusy"/> and the events it
/// holds make up each mailbox's schedule, as Outlook's would. It records every request as it arrived and answers with
/// the next scripted response instead, when there is one. Tokens are not checked: pair it with a token endpoint such
/// as <see cref="Authentication.TestIdentityProvider"/> and assert the recorded Authorization headers.
/// </summary>
public sealed partial class GraphCalendarServer : LoopbackServer
{
    private const string Utc = "UTC";
    private readonly Lock _gate = new();
    private readonly List<GraphEvent> _events = [];
    private readonly List<(string Mailbox, DateTimeOffset Start, DateTimeOffset End, string Status)> _appointments = [];

    private GraphCalendarServer()
    {
    }

    /// <summary>Graph's root with its version, e.g. <c>http://127.0.0.1:50123/v1.0</c>, to configure as the bot's Graph URL.</summary>
    public string BaseUrl => Address + "/v1.0";

    /// <summary>The events created so far, in order, as they stand now.</summary>
    public IReadOnlyList<GraphEvent> Events
    {
        get { lock (_gate) { return [.. _events]; } }
    }

    /// <summary>Starts the server on a free loopback port.</summary>
    public static async Task<GraphCalendarServer> StartAsync()
    {
        var server = new GraphCalendarServer();
        await server.ListenAsync();
        return server;
    }

    /// <summary>Puts an appointment in the mailbox's calendar: getSchedule reports it with <paramref name="status"/>.</summary>
    public void AddBusy(string mailbox, DateTimeOffset start, DateTimeOffset end, string status = "busy")
    {
        lock (_gate)
        {
            _appointments.Add((mailbox, start.ToUniversalTime(), end.ToUniversalTime(), status));
        }
    }

    /// <inheritdoc />
    protected override ScriptedResponse Serve(HttpRequest request, string body)
    {
        var (status, answer) = Serve(request.Method, request.Path.Value ?? "", body);
        return new ScriptedResponse(status, answer);
    }

    private (int Status, string? Body) Serve(string method, string path, string body)
    {
        try
        {
            var request = JsonNode.Parse(body) ?? new JsonObject();
            return (method, path) switch
            {
                ("POST", _) when ScheduleRoute().Match(path) is { Success: true } route => (200, Schedule(route.Groups["mailbox"].Value, request)),
                ("POST", _) when EventsRoute().Match(path) is { Success: true } route => Create(route.Groups["mailbox"].Value, request),
                ("PATCH", _) when EventRoute().Match(path) is { Success: true } route =>
                    Change(route.Groups["id"].Value, e => e with { Start = Time(request["start"]), End = Time(request["end"]) }, 200),
                ("POST", _) when CancelRoute().Match(path) is { Success: true } route => Change(route.Groups["id"].Value, e => e with { Cancelled = true }, 202),
                _ => Error(404, "ResourceNotFound", $"No {method} {path} here."),
            };
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            return Error(400, "BadRequest", exception.Message);
        }
    }

    private string Schedule(string mailbox, JsonNode request)
    {
        var (from, to) = (Time(request["startTime"]), Time(request["endTime"]));
        lock (_gate)
        {
            var items = _appointments.Where(a => a.Mailbox == mailbox)
                .Concat(_events.Where(e => e.Mailbox == mailbox && !e.Cancelled).Select(e => (e.Mailbox, e.Start, e.End, Status: "busy")))
                .Where(a => a.Start < to && from < a.End)
                .Select(a => new JsonObject { ["status"] = a.Status, ["start"] = Wire(a.Start), ["end"] = Wire(a.End) });
            return new JsonObject
            {
                ["value"] = new JsonArray(new JsonObject { ["scheduleId"] = mailbox, ["scheduleItems"] = new JsonArray([.. items]) }),
            }.ToJsonString();
        }
    }

    private (int, string?) Create(string mailbox, JsonNode request)
    {
        var transactionId = request["transactionId"]?.GetValue<string>();
        lock (_gate)
        {
            // As Graph does, a create repeated with the same transaction id gets the event the first one made.
            if (_events.Find(e => transactionId is not null && e.TransactionId == transactionId) is not { } created)
            {
                var attendees = request["attendees"]?.AsArray().Select(a => a!["emailAddress"]!["address"]!.GetValue<string>()).ToList() ?? [];
                created = new GraphEvent($"event-{_events.Count + 1}", mailbox, request["subject"]?.GetValue<string>() ?? "",
                    Time(request["start"]), Time(request["end"]), attendees, transactionId, Cancelled: false);
                _events.Add(created);
            }
            return (201, new JsonObject { ["id"] = created.Id, ["subject"] = created.Subject }.ToJsonString());
        }
    }

    private (int, string?) Change(string id, Func<GraphEvent, GraphEvent> change, int status)
    {
        lock (_gate)
        {
            var index = _events.FindIndex(e => e.Id == id);
            if (index < 0)
            {
                return Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
            }
            _events[index] = change(_events[index]);
            return (status, null);
        }
    }

    private static (int, string?) Error(int status, string code, string message) =>
        (status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString());

    /// <summary>A dateTimeTimeZone the bot sent; only UTC is understood, so a time in any other zone fails the request.</summary>
    private static DateTimeOffset Time(JsonNode? value) =>
        value?["timeZone"]?.GetValue<string>() == Utc
            ? new DateTimeOffset(DateTime.ParseExact(value["dateTime"]!.GetValue<string>(), "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture), TimeSpan.Zero)
            : throw new FormatException($"The fake Graph takes UTC times only, not {value?.ToJsonString()}.");

    private static JsonObject Wire(DateTimeOffset instant) => new()
    {
        ["dateTime"] = instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        ["timeZone"] = Utc,
    };

    [GeneratedRegex("^/v1.0/users/(?<mailbox>[^/]+)/calendar/getSchedule$")]
    private static partial Regex ScheduleRoute();

    [GeneratedRegex("^/v1.0/users/(?<mailbox>[^/]+)/events$")]
    private static partial Regex EventsRoute();

    [GeneratedRegex("^/v1.0/users/[^/]+/events/(?<id>[^/]+)$")]
    private static partial Regex EventRoute();

    [GeneratedRegex("^/v1.0/users/[^/]+/events/(?<id>[^/]+)/cancel$")]
    private static partial Regex CancelRoute();
}
