using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PipelineBot.Runtime.Connector;

namespace PipelineBot.Runtime.Hosting.DirectLine;

/// <summary>Registers the Direct Line channel the host serves itself.</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the channel, configured from the <c>DirectLine</c> section, and puts it in front of the registered
    /// <see cref="IConnectorClient"/>: replies into its conversations are kept for its clients, all others still go to
    /// their channel's serviceUrl. Call it after <see cref="BotRuntimeServiceCollectionExtensions.AddBotRuntime"/>.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(DirectLineChannel)))
        {
            return services;
        }
        var channels = services.LastOrDefault(d => d.ServiceType == typeof(IConnectorClient))
            ?? throw new InvalidOperationException("Direct Line stands in front of the runtime's connector: call AddBotRuntime() before AddDirectLine().");
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineChannel>();
        services.Remove(channels);
        services.AddSingleton<IConnectorClient>(sp => new DirectLineConnectorClient(
            Resolve(channels, sp), sp.GetRequiredService<DirectLineConversations>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static IConnectorClient Resolve(ServiceDescriptor registered, IServiceProvider services) => (IConnectorClient)(
        registered.ImplementationInstance
        ?? registered.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, registered.ImplementationType!));
}
