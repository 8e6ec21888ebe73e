using Microsoft.Extensions.DependencyInjection;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;
using PipelineBot.Testing.Connector;

namespace PipelineBot.Host.Tests.Infrastructure;

/// <summary>One running bot (real host, real LiteDB file in a temp folder) and the Emulator-side connector it replies to.</summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private readonly TempFolder _folder;
    private readonly IReadOnlyDictionary<string, string?>? _settings;
    private readonly Action<IServiceCollection>? _services;

    private BotTestHost(TempFolder folder, ConnectorServer connector, IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? services)
    {
        _folder = folder;
        _settings = settings;
        _services = services;
        Connector = connector;
        Factory = new PipelineBotFactory(folder.File("pipelinebot.db"), settings, services);
        Http = Factory.CreateClient();
    }

    public ConnectorServer Connector { get; }

    public PipelineBotFactory Factory { get; private set; }

    public HttpClient Http { get; private set; }

    public string DatabasePath => Factory.DatabasePath;

    /// <summary>A service of the running host, e.g. a repository to check what a conversation stored.</summary>
    public T Service<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    /// <summary>The lead the visitor's conversations have built, as the store holds it now.</summary>
    public async Task<Lead> LeadOfAsync(EmulatorClient visitor) =>
        await Service<ILeadRepository>().GetByVisitorAsync(new VisitorKey(visitor.ChannelId, visitor.UserId))
        ?? throw new InvalidOperationException($"Visitor {visitor.UserId} has no lead.");

    public static async Task<BotTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        new(new TempFolder(), await ConnectorServer.StartAsync(), settings, services);

    public EmulatorClient NewVisitor(string? userId = null, string locale = "en-US") => new(() => Http, Connector, userId, locale);

    /// <summary>A rep talking to the bot from Teams with the account configured for them in appsettings.json.</summary>
    public EmulatorClient NewRep(string teamsUserId) => new(() => Http, Connector, teamsUserId, "en-US", Channels.Msteams);

    /// <summary>Someone on any channel: a Slack or Emulator account, or a Teams user known by their Entra object id.</summary>
    public EmulatorClient NewUser(string channelId, string userId, string? aadObjectId = null, string locale = "en-US") =>
        new(() => Http, Connector, userId, locale, channelId) { AadObjectId = aadObjectId };

    /// <summary>Stops the host, closing the database file so a test can read it raw.</summary>
    public async Task StopAsync()
    {
        Http.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>Stops the host (closing the database) and starts a new one on the same file.</summary>
    public async Task RestartAsync()
    {
        Http.Dispose();
        await Factory.DisposeAsync();
        Factory = new PipelineBotFactory(DatabasePath, _settings, _services);
        Http = Factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Factory.DisposeAsync();
        await Connector.DisposeAsync();
        _folder.Dispose();
    }
}
