using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PipelineBot.Runtime.Tests.Connector;

/// <summary>
/// A channel's Connector API on 127.0.0.1: records every request as it arrived on the wire and answers each with
/// the next scripted response, or 200 with a fresh activity id when none is scripted.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private int _nextId;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>The root URL, e.g. <c>http://127.0.0.1:50123</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var connector = new FakeConnector(builder.Build());
        connector._app.Run(connector.AnswerAsync);
        await connector._app.StartAsync();
        connector.BaseUrl = connector._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return connector;
    }

    /// <summary>The next requests get these answers, in order.</summary>
    public void Script(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task AnswerAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        Requests.Enqueue(new RecordedRequest(
            http.Request.Method,
            http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            http.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : null,
            await reader.ReadToEndAsync()));
        var response = _script.TryDequeue(out var scripted) ? scripted : new ScriptedResponse(200, $$"""{"id":"sent-{{Interlocked.Increment(ref _nextId)}}"}""");
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
}

/// <summary>One request as the connector received it; <paramref name="RawTarget"/> is the path exactly as sent, still escaped.</summary>
internal sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string Body);

/// <summary>An answer the connector gives: status, optional Retry-After header value and JSON body.</summary>
internal sealed record ScriptedResponse(int Status, string? Body = null, string? RetryAfter = null);
