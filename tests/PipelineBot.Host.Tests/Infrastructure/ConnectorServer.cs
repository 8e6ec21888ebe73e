using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Tests.Infrastructure;

/// <summary>
/// The channel side of the Bot Connector API on 127.0.0.1, as the Emulator hosts it: records every activity the bot
/// posts to its serviceUrl and answers with an id. Optional scripted failures exercise the bot's retries.
/// </summary>
public sealed class ConnectorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Activity>> _received = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<int> _scriptedStatuses = new();
    private int _nextId;

    private ConnectorServer(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to stamp on activities.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Authorization headers the bot sent, in order.</summary>
    public ConcurrentQueue<string?> AuthorizationHeaders { get; } = new();

    public static async Task<ConnectorServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new ConnectorServer(builder.Build());
        server._app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", server.ReceiveAsync);
        await server._app.StartAsync();
        server.ServiceUrl = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    /// <summary>The next calls are answered with these statuses instead of 200 (e.g. 429, 503).</summary>
    public void FailNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _scriptedStatuses.Enqueue(status);
        }
    }

    /// <summary>Every activity posted into <paramref name="conversationId"/> so far.</summary>
    public IReadOnlyList<Activity> ReceivedIn(string conversationId) =>
        _received.TryGetValue(conversationId, out var queue) ? [.. queue] : [];

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> ReceiveAsync(string conversationId, HttpRequest request)
    {
        AuthorizationHeaders.Enqueue(request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null);
        if (_scriptedStatuses.TryDequeue(out var status))
        {
            return Results.StatusCode(status);
        }
        var activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, BotJson.Options);
        _received.GetOrAdd(conversationId, _ => new ConcurrentQueue<Activity>()).Enqueue(activity!);
        return Results.Ok(new ResourceResponse($"reply-{Interlocked.Increment(ref _nextId)}"));
    }
}
