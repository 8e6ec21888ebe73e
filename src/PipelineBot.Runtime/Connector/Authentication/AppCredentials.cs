using Microsoft.Extensions.Options;

namespace PipelineBot.Runtime.Connector.Authentication;

/// <summary>
/// Obtains the bot's token for the Bot Connector API with the client-credentials grant and caches it until
/// shortly before it expires. Register it as a singleton so the cache is shared; HTTP calls go through the
/// <see cref="IHttpClientFactory"/> client named <see cref="BotAuthenticationOptions.HttpClientName"/>.
/// </summary>
public sealed class AppCredentials : IAccessTokenProvider, IDisposable
{
    private readonly BotAuthenticationOptions _options;
    private readonly ClientCredentialsTokenSource _tokens;

    /// <summary>Creates the provider; <paramref name="timeProvider"/> decides when the cached token is due for refresh.</summary>
    public AppCredentials(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider)
    {
        _options = options.Value;
        _tokens = new ClientCredentialsTokenSource(httpClientFactory, BotAuthenticationOptions.HttpClientName, "bot", Grant, timeProvider);
    }

    /// <inheritdoc />
    /// <exception cref="HttpRequestException">The token endpoint refused the credentials or could not be reached.</exception>
    /// <exception cref="InvalidOperationException">The configuration lacks what the app type needs to get a token.</exception>
    public async Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default) =>
        _options.AuthenticationEnabled ? await _tokens.GetTokenAsync(cancellationToken) : null;

    /// <summary>Releases the token cache.</summary>
    public void Dispose() => _tokens.Dispose();

    private ClientCredentialsGrant Grant() =>
        new(_options.EffectiveToChannelTokenEndpoint, _options.MicrosoftAppId!, RequireSecret(), _options.ToChannelScope);

    private string RequireSecret()
    {
        if (_options.IsUserAssignedMsi)
        {
            throw new InvalidOperationException("MicrosoftAppType 'UserAssignedMSI' is not supported for outbound tokens; use 'MultiTenant' or 'SingleTenant' with MicrosoftAppPassword.");
        }
        if (_options.IsSingleTenant && string.IsNullOrEmpty(_options.MicrosoftAppTenantId))
        {
            throw new InvalidOperationException("MicrosoftAppTenantId is required when MicrosoftAppType is 'SingleTenant'.");
        }
        return string.IsNullOrEmpty(_options.MicrosoftAppPassword)
            ? throw new InvalidOperationException("MicrosoftAppPassword is required to obtain a bot token when MicrosoftAppId is set.")
            : _options.MicrosoftAppPassword;
    }
}
