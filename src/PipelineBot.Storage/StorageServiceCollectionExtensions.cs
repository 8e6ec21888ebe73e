using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PipelineBot.Runtime.State;
using PipelineBot.Storage.State;

namespace PipelineBot.Storage;

/// <summary>Registers the LiteDB persistence.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the shared <see cref="LiteDbContext"/> and <see cref="LiteDbStorage"/> as the <see cref="IStorage"/>,
    /// both singletons, with <see cref="LiteDbStorageOptions"/> bound from the <c>Storage</c> section and validated at start.
    /// The container disposes the storage (draining its queue) before the database it depends on.
    /// </summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services)
    {
        services.AddOptions<LiteDbStorageOptions>()
            .BindConfiguration(LiteDbStorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // TryAdd: the domain stores' registrations share this same context.
        services.TryAddSingleton<LiteDbContext>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IStorage, LiteDbStorage>();
        return services;
    }
}
