namespace PipelineBot.Runtime.Connector.Authentication;

/// <summary>
/// Bot identity and Bot Framework endpoints, bound from the root of configuration so the keys
/// Azure Bot Service and the Bot Framework samples already use (<c>MicrosoftAppId</c>, ...) keep working.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>
    /// Name of the <see cref="IHttpClientFactory"/> client used for OpenID metadata, signing keys and bot tokens,
    /// so hosts can give those calls their own timeout, proxy or resilience handlers.
    /// </summary>
    public const string HttpClientName = "PipelineBot.BotAuthentication";

    private const string SingleTenantAppType = "SingleTenant";
    private const string UserAssignedMsiAppType = "UserAssignedMSI";

    /// <summary>The bot's Microsoft Entra app id; leaving it empty disables authentication (local Emulator use only).</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret used to obtain the outbound bot token; not needed for <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The bot's tenant, required for <c>SingleTenant</c> bots and also trusted as an Emulator token issuer.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>MultiTenant</c> (the default), <c>SingleTenant</c> or <c>UserAssignedMSI</c>, as in the Azure Bot resource.</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    /// <summary>OpenID metadata whose <c>jwks_uri</c> lists the keys Azure Bot Service channels sign with.</summary>
    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata whose keys sign the Entra tokens the Bot Framework Emulator sends.</summary>
    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>The issuer of channel tokens; overridable for sovereign clouds such as <c>https://api.botframework.us</c>.</summary>
    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>
    /// Token endpoint for the outbound bot token; for <c>SingleTenant</c> bots the <c>botframework.com</c> segment
    /// is replaced by <see cref="MicrosoftAppTenantId"/>.
    /// </summary>
    public string ToChannelTokenEndpoint { get; set; } = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";

    /// <summary>The scope requested for the outbound bot token, i.e. the Bot Connector service.</summary>
    public string ToChannelScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Whether inbound requests must carry a valid token and outbound calls carry a bot token.</summary>
    public bool AuthenticationEnabled => !string.IsNullOrEmpty(MicrosoftAppId);

    internal bool IsSingleTenant => string.Equals(MicrosoftAppType, SingleTenantAppType, StringComparison.OrdinalIgnoreCase);

    internal bool IsUserAssignedMsi => string.Equals(MicrosoftAppType, UserAssignedMsiAppType, StringComparison.OrdinalIgnoreCase);

    internal string EffectiveToChannelTokenEndpoint => IsSingleTenant && !string.IsNullOrEmpty(MicrosoftAppTenantId)
        ? ToChannelTokenEndpoint.Replace("/botframework.com/", $"/{MicrosoftAppTenantId}/", StringComparison.OrdinalIgnoreCase)
        : ToChannelTokenEndpoint;
}
