using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Testing.Connector;

/// <summary>
/// A channel's Bot Connector API on 127.0.0.1, as the Emulator hosts one: records every request exactly as it arrived,
/// keeps the activities posted into each conversation, and answers with the next scripted response or 200 and a
/// fresh activity id. Stamp its <see cref="ServiceUrl"/> on inbound activities and the bot replies here.
/// </summary>
public sealed partial class ConnectorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Activity>> _activities = new(StringComparer.Ordinal);
    private int _nextId;

    private ConnectorServer(WebApplication app) => _app = app;

    /// <summary>The root URL to use as serviceUrl, e.g. <c>http://127.0.0.1:50123</c> (no trailing slash).</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Every request received, in arrival order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Starts the server on a free loopback port.</summary>
    public static async Task<ConnectorServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new ConnectorServer(builder.Build());
        server._app.Run(server.AnswerAsync);
        await server._app.StartAsync();
        server.ServiceUrl = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    /// <summary>The next requests get these answers, in order, instead of 200.</summary>
    public void Script(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    /// <summary>The activities successfully posted into <paramref name="conversationId"/> so far, in order.</summary>
    public IReadOnlyList<Activity> ReceivedIn(string conversationId) =>
        _activities.TryGetValue(conversationId, out var queue) ? [.. queue] : [];

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task AnswerAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new RecordedRequest(
            http.Request.Method,
            http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            http.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : null,
            body));
        var response = _script.TryDequeue(out var scripted) ? scripted : new ScriptedResponse(200, $$"""{"id":"sent-{{Interlocked.Increment(ref _nextId)}}"}""");
        if (response.Status is >= 200 and < 300 && http.Request.Method == HttpMethods.Post && ActivitiesRoute().Match(http.Request.Path.Value ?? "") is { Success: true } route)
        {
            var activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options)!;
            _activities.GetOrAdd(route.Groups["conversation"].Value, _ => new ConcurrentQueue<Activity>()).Enqueue(activity);
        }
        http.Response.StatusCode = response.Status;
        if (response.RetryAfter is not null)
        {
            http.Response.Headers.RetryAfter = response.RetryAfter;
        }
        if (response.Body is not null)
        {
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(response.Body);
        }
    }

    [GeneratedRegex("/v3/conversations/(?<conversation>[^/]+)/activities(/[^/]+)?$")]
    private static partial Regex ActivitiesRoute();
}
