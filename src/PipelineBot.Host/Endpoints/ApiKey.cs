namespace PipelineBot.Host.Endpoints;

/// <summary>One client of the HTTP read API and the key it sends.</summary>
public sealed class ApiKey
{
    /// <summary>Who holds the key (e.g. "crm-dashboard"); logged with the requests it authorises.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The secret itself; set it from an environment variable or user-secrets, never in appsettings.json.</summary>
    public string Key { get; set; } = string.Empty;
}
