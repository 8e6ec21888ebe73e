using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Connector;
using PipelineBot.Runtime.Connector.Authentication;
using PipelineBot.Runtime.State;

namespace PipelineBot.Runtime.Hosting;

/// <summary>Registers the runtime: adapter, channel auth, connector client and bot state.</summary>
public static class BotRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds the adapter with the standard pipeline (turns serialised per conversation, conversation and user state
    /// saved together after each successful turn, repeated deliveries skipped), channel authentication from the
    /// root <c>MicrosoftApp*</c> keys and the Connector client. An <see cref="IStorage"/> must be registered;
    /// without one, state lives in memory.
    /// </summary>
    public static IServiceCollection AddBotRuntime(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotAuthenticationOptions>().BindConfiguration(string.Empty);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStorage, MemoryStorage>();
        services.AddHttpClient(BotAuthenticationOptions.HttpClientName);
        services.TryAddSingleton<IChannelAuthenticator, BotFrameworkAuthenticator>();
        services.TryAddSingleton<IAccessTokenProvider, AppCredentials>();
        // Every reply is one Connector call, so the per-request logging handlers are dropped (failures are logged by
        // the adapter) and redirects are not followed: a channel that redirects a reply is misconfigured.
        services.AddHttpClient(nameof(ConnectorClient))
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false });
        services.TryAddSingleton<IConnectorClient>(sp => new ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ConnectorClient)),
            sp.GetRequiredService<IAccessTokenProvider>(),
            ConnectorRetryPolicy.Create(sp.GetRequiredService<TimeProvider>())));
        services.TryAddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.TryAddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        services.TryAddSingleton<CloudAdapter>();
        services.TryAddSingleton<BotAdapter>(sp => sp.GetRequiredService<CloudAdapter>().UseStandardMiddleware(sp));
        return services;
    }

    private static CloudAdapter UseStandardMiddleware(this CloudAdapter adapter, IServiceProvider services)
    {
        var conversationState = services.GetRequiredService<ConversationState>();
        adapter.Use(new ConversationLockMiddleware());
        adapter.Use(new AutoSaveStateMiddleware(conversationState, services.GetRequiredService<UserState>()));
        adapter.Use(new DuplicateActivityMiddleware(conversationState));
        return adapter;
    }
}
