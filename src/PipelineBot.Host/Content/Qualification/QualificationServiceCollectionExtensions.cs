using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Content.Qualification;

/// <summary>Registers the qualification script and its wording, loaded once from the file named by <see cref="QualificationOptions"/>.</summary>
public static class QualificationServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="QualificationDefinition"/>, <see cref="QualificationScript"/> and <see cref="QualificationContent"/>
    /// as singletons, loaded at start-up: an invalid file stops the host with a message naming file, place and problem.
    /// </summary>
    public static IServiceCollection AddQualificationScript(this IServiceCollection services)
    {
        services.AddOptions<QualificationOptions>().BindConfiguration(QualificationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => QualificationScriptLoader.Load(sp.GetRequiredService<IOptions<QualificationOptions>>().Value.ResolvedScriptPath));
        services.TryAddSingleton(sp => sp.GetRequiredService<QualificationDefinition>().Script);
        services.TryAddSingleton(sp => sp.GetRequiredService<QualificationDefinition>().Content);
        // TryAddEnumerable: calling the extension twice must not load and log the script twice.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, QualificationScriptStartupCheck>());
        return services;
    }
}
