using Microsoft.Extensions.Configuration.Json;

namespace PipelineBot.Host.Extensions;

/// <summary>Finds the settings beside the binaries, wherever the process was started from.</summary>
public static class ConfigurationExtensions
{
    /// <summary>
    /// Reads the appsettings.json copied beside the binaries, ahead of environment variables and the command line
    /// so those still override it; run, test and publish then all read the same file.
    /// </summary>
    public static IConfigurationBuilder AddApplicationSettings(this IConfigurationBuilder configuration)
    {
        var source = new JsonConfigurationSource
        {
            Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"),
            Optional = false,
            ReloadOnChange = false,
        };
        source.ResolveFileProvider();
        var firstJson = configuration.Sources.ToList().FindIndex(s => s is JsonConfigurationSource);
        configuration.Sources.Insert(firstJson < 0 ? 0 : firstJson, source);
        return configuration;
    }
}
