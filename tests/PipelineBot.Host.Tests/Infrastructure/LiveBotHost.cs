using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace PipelineBot.Host.Tests.Infrastructure;

/// <summary>
/// The real host on Kestrel at a free 127.0.0.1 port, for clients an in-memory server cannot serve (a browser, a
/// Node process), on its own LiteDB file and a fake clock only the test moves.
/// </summary>
public sealed class LiveBotHost : IAsyncDisposable
{
    private readonly TempFolder _folder;
    private readonly PipelineBotFactory _factory;

    private LiveBotHost(TempFolder folder, PipelineBotFactory factory, Uri address, FakeTimeProvider clock)
    {
        _folder = folder;
        _factory = factory;
        Address = address;
        Clock = clock;
    }

    /// <summary>The host's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>A service of the running host, e.g. a repository to check what a conversation stored.</summary>
    public T Service<T>() where T : notnull => _factory.Services.GetRequiredService<T>();

    public HttpClient CreateClient() => new() { BaseAddress = Address };

    public static LiveBotHost Start(DateTimeOffset now, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = new TempFolder();
        var clock = new FakeTimeProvider(now);
        var factory = new PipelineBotFactory(folder.File("pipelinebot.db"), settings, services => services.AddSingleton<TimeProvider>(clock));
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LiveBotHost(folder, factory, new Uri(address + "/"), clock);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _folder.Dispose();
    }
}
