namespace PipelineBot.Host.Meetings;

/// <summary>
/// The reps' calendar, bound from the <c>Calendar</c> section and checked at start-up by <see cref="CalendarOptionsValidator"/>.
/// The Graph settings are read only when <see cref="Provider"/> is <see cref="CalendarProviderKind.Graph"/>: an app
/// registration with the <c>Calendars.ReadWrite</c> application permission, and each rep's mailbox.
/// </summary>
public sealed class CalendarOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "Calendar";

    /// <summary>The calendar booking uses; the meeting store by default.</summary>
    public CalendarProviderKind Provider { get; set; } = CalendarProviderKind.LiteDb;

    /// <summary>The Microsoft Entra tenant (directory) id the app and the reps' mailboxes belong to.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app (client) id of the registration Graph is called as.</summary>
    public string? ClientId { get; set; }

    /// <summary>The app's client secret. A secret: set it through an environment variable or user-secrets, never the file.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The Microsoft identity platform's root; tokens come from <c>{Authority}/{TenantId}/oauth2/v2.0/token</c>.</summary>
    public string Authority { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Microsoft Graph's root, version included; sovereign clouds and tests point it elsewhere.</summary>
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Each rep's mailbox (user principal name or object id), keyed by the rep's id in <c>Routing:Reps</c>.</summary>
    public Dictionary<string, string> Mailboxes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How often events that could not be written when a meeting changed are written again.</summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The tenant's client-credentials token endpoint.</summary>
    public string TokenEndpoint => $"{Authority.TrimEnd('/')}/{TenantId}/oauth2/v2.0/token";
}
