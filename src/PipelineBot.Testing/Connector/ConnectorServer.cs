using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Testing.Connector;

/// <summary>
/// A channel's Bot Connector API on 127.0.0.1, as the Emulator hosts one: records every request exactly as it arrived,
/// keeps the activities posted into each conversation, and answers with the next scripted response or 200 and a
/// fresh activity id. Stamp its <see cref="ServiceUrl"/> on inbound activities and the bot replies here.
/// </summary>
public sealed partial class ConnectorServer : LoopbackServer
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Activity>> _activities = new(StringComparer.Ordinal);
    private int _nextId;

    private ConnectorServer()
    {
    }

    /// <summary>The root URL to use as serviceUrl, e.g. <c>http://127.0.0.1:50123</c> (no trailing slash).</summary>
    public string ServiceUrl => Address;

    /// <summary>Starts the server on a free loopback port.</summary>
    public static async Task<ConnectorServer> StartAsync()
    {
        var server = new ConnectorServer();
        await server.ListenAsync();
        return server;
    }

    /// <summary>The activities successfully posted into <paramref name="conversationId"/> so far, in order.</summary>
    public IReadOnlyList<Activity> ReceivedIn(string conversationId) =>
        _activities.TryGetValue(conversationId, out var queue) ? [.. queue] : [];

    /// <inheritdoc />
    protected override ScriptedResponse Serve(HttpRequest request, string body) =>
        new(200, $$"""{"id":"sent-{{Interlocked.Increment(ref _nextId)}}"}""");

    /// <inheritdoc />
    protected override void Answered(HttpRequest request, string body, ScriptedResponse response)
    {
        if (response.Status is >= 200 and < 300 && request.Method == HttpMethods.Post && ActivitiesRoute().Match(request.Path.Value ?? "") is { Success: true } route)
        {
            var activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options)!;
            _activities.GetOrAdd(route.Groups["conversation"].Value, _ => new ConcurrentQueue<Activity>()).Enqueue(activity);
        }
    }

    [GeneratedRegex("/v3/conversations/(?<conversation>[^/]+)/activities(/[^/]+)?$")]
    private static partial Regex ActivitiesRoute();
}
