using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PipelineBot.Testing.Connector;

namespace PipelineBot.Testing;

/// <summary>
/// What the fakes of other people's servers (a channel's connector, Graph) stand on: a real Kestrel app on a free
/// 127.0.0.1 port that records every request exactly as it arrived and answers it with the next scripted response,
/// else the fake's own.
/// </summary>
public abstract class LoopbackServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private WebApplication? _app;

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:50123</c> (no trailing slash); set once started.</summary>
    protected string Address { get; private set; } = string.Empty;

    /// <summary>Every request received, in arrival order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The next requests get these answers, in order, instead of the fake's own.</summary>
    public void Script(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts listening on a free port; call once, from the fake's own factory.</summary>
    protected async Task ListenAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(ReceiveAsync);
        await _app.StartAsync();
        Address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>The fake's own answer to a request nothing was scripted for; <paramref name="body"/> is its body.</summary>
    protected abstract ScriptedResponse Serve(HttpRequest request, string body);

    /// <summary>Called with each request and the answer it gets, scripted or served, before it is sent.</summary>
    protected virtual void Answered(HttpRequest request, string body, ScriptedResponse response)
    {
    }

    private async Task ReceiveAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new RecordedRequest(
            http.Request.Method,
            http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            http.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : null,
            body));
        var response = _script.TryDequeue(out var scripted) ? scripted : Serve(http.Request, body);
        Answered(http.Request, body, response);
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
