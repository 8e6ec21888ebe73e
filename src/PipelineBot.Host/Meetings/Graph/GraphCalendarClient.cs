using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PipelineBot.Runtime.Connector.Authentication;
using PipelineBot.Sales.Meetings;
using Polly;

namespace PipelineBot.Host.Meetings.Graph;

/// <summary>
/// Microsoft Graph's calendar REST API as the app configured in <see cref="CalendarOptions"/>: a mailbox's busy time
/// and its events. Calls carry the app's client-credentials token and are retried on throttling (429, honouring
/// Retry-After) and transient failures; what still fails throws <see cref="CalendarUnavailableException"/>.
/// </summary>
public sealed class GraphCalendarClient : IDisposable
{
    /// <summary>The <see cref="IHttpClientFactory"/> client for Graph and its token endpoint.</summary>
    public const string HttpClientName = "PipelineBot.Graph";

    // Exchange answers free/busy for at most 42 days by default; a month per call stays inside that.
    private static readonly TimeSpan MaxScheduleSpan = TimeSpan.FromDays(31);

    private readonly HttpClient _http;
    private readonly ClientCredentialsTokenSource _tokens;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;
    private readonly string _baseUrl;

    /// <summary>Creates the client; <paramref name="retry"/> decides which failed calls are repeated and how long it waits.</summary>
    public GraphCalendarClient(IHttpClientFactory httpClientFactory, IOptions<CalendarOptions> options, ResiliencePipeline<HttpResponseMessage> retry, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _http = httpClientFactory.CreateClient(HttpClientName);
        _tokens = new ClientCredentialsTokenSource(httpClientFactory, HttpClientName, "Microsoft Graph",
            () => new ClientCredentialsGrant(settings.TokenEndpoint, settings.ClientId!, settings.ClientSecret!, "https://graph.microsoft.com/.default"),
            time);
        _retry = retry;
        _baseUrl = settings.BaseUrl.TrimEnd('/');
    }

    /// <summary>When the mailbox is busy, tentative or out of office inside <paramref name="range"/>, in UTC.</summary>
    /// <exception cref="CalendarUnavailableException">Graph could not be asked, or refused.</exception>
    public async Task<IReadOnlyList<TimeSlot>> GetBusyAsync(string mailbox, TimeSlot range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        var busy = new List<TimeSlot>();
        for (var start = range.Start; start < range.End; start += MaxScheduleSpan)
        {
            var part = new TimeSlot(start, start + MaxScheduleSpan < range.End ? start + MaxScheduleSpan : range.End);
            var json = await SendAsync(HttpMethod.Post, $"users/{Escape(mailbox)}/calendar/getSchedule", GraphCalendarJson.ScheduleRequest(mailbox, part),
                $"read the schedule of {mailbox}", cancellationToken);
            busy.AddRange(GraphCalendarJson.ReadBusy(json!, mailbox));
        }
        return busy;
    }

    /// <summary>Creates an event in the mailbox's calendar (sending its invitations) and returns its id.</summary>
    /// <exception cref="CalendarUnavailableException">Graph could not be asked, or refused.</exception>
    public async Task<string> CreateEventAsync(string mailbox, JsonObject graphEvent, CancellationToken cancellationToken) =>
        GraphCalendarJson.ReadEventId((await SendAsync(HttpMethod.Post, $"users/{Escape(mailbox)}/events", graphEvent,
            $"create an event for {mailbox}", cancellationToken))!);

    /// <summary>Moves an event to another time; false when the event is gone (deleted in Outlook), so there is nothing to move.</summary>
    /// <exception cref="CalendarUnavailableException">Graph could not be asked, or refused.</exception>
    public async Task<bool> MoveEventAsync(string mailbox, string eventId, TimeSlot time, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Patch, $"users/{Escape(mailbox)}/events/{Escape(eventId)}", GraphCalendarJson.MovedEvent(time),
            $"move event {eventId} of {mailbox}", cancellationToken, goneIsAnswer: true) is not null;

    /// <summary>Cancels an event, sending its attendees the cancellation; an event already gone counts as cancelled.</summary>
    /// <exception cref="CalendarUnavailableException">Graph could not be asked, or refused.</exception>
    public async Task CancelEventAsync(string mailbox, string eventId, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Post, $"users/{Escape(mailbox)}/events/{Escape(eventId)}/cancel", new JsonObject(),
            $"cancel event {eventId} of {mailbox}", cancellationToken, goneIsAnswer: true);

    /// <summary>Releases the token cache.</summary>
    public void Dispose() => _tokens.Dispose();

    /// <summary>Sends one call, retried as configured; returns the answer's body, or null for 404 when that is an answer.</summary>
    private async Task<string?> SendAsync(HttpMethod method, string path, JsonObject body, string what, CancellationToken cancellationToken, bool goneIsAnswer = false)
    {
        var uri = new Uri($"{_baseUrl}/{path}");
        var payload = body.ToJsonString();
        try
        {
            var token = await _tokens.GetTokenAsync(cancellationToken);
            using var response = await _retry.ExecuteAsync(async ct =>
            {
                // A request message cannot be sent twice, so each attempt builds its own.
                using var request = new HttpRequestMessage(method, uri) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                // Busy items then come back in UTC; events name their own zone in the body.
                request.Headers.TryAddWithoutValidation("Prefer", "outlook.timezone=\"UTC\"");
                return await _http.SendAsync(request, ct);
            }, cancellationToken);
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            if (goneIsAnswer && response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
            return response.IsSuccessStatusCode
                ? answer
                : throw new CalendarUnavailableException($"Microsoft Graph answered {(int)response.StatusCode} when asked to {what}: {GraphCalendarJson.DescribeError(answer)}");
        }
        catch (HttpRequestException exception)
        {
            throw new CalendarUnavailableException($"Could not reach Microsoft Graph to {what}: {exception.Message}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CalendarUnavailableException($"Microsoft Graph did not answer in time when asked to {what}.", exception);
        }
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
