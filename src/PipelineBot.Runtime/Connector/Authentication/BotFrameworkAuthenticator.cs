using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Connector.Authentication;

/// <summary>
/// Validates the JWTs Azure Bot Service channels and the Bot Framework Emulator put on inbound requests.
/// Register it as a singleton: it caches the issuers' signing keys. HTTP calls go through the
/// <see cref="IHttpClientFactory"/> client named <see cref="BotAuthenticationOptions.HttpClientName"/>, so a
/// long-lived instance still gets rotated connections.
/// </summary>
public sealed class BotFrameworkAuthenticator : IChannelAuthenticator, IDisposable
{
    /// <summary>CallerId for activities from Azure Bot Service channels, the value the Bot Framework SDK uses.</summary>
    public const string ChannelCallerId = "urn:botframework:azure";

    /// <summary>
    /// CallerId for activities from the Emulator. The SDK would stamp <see cref="ChannelCallerId"/>; a distinct
    /// value lets bots tell a developer's Emulator from a production channel, and it never leaves the bot.
    /// </summary>
    public const string EmulatorCallerId = "urn:botframework:emulator";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] SigningAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    // Tenants the Emulator gets its tokens from: Bot Framework auth v3.1 and v3.2.
    private static readonly string[] EmulatorTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    private readonly BotAuthenticationOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly SigningKeyCache _channelKeys;
    private readonly SigningKeyCache _emulatorKeys;
    private readonly string[] _emulatorIssuers;
    private readonly JsonWebTokenHandler _tokenHandler = new();

    /// <summary>Creates the authenticator; <paramref name="timeProvider"/> is the clock token lifetimes and key caching are judged by.</summary>
    public BotFrameworkAuthenticator(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider)
    {
        _options = options.Value;
        _timeProvider = timeProvider;
        _channelKeys = new SigningKeyCache(_options.ChannelOpenIdMetadataUrl, httpClientFactory, timeProvider);
        _emulatorKeys = new SigningKeyCache(_options.EmulatorOpenIdMetadataUrl, httpClientFactory, timeProvider);
        _emulatorIssuers = [.. EmulatorTenants.Append(_options.MicrosoftAppTenantId)
            .Where(tenant => !string.IsNullOrEmpty(tenant))
            .SelectMany(tenant => new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" })];
    }

    /// <inheritdoc />
    public async Task<AuthenticationResult> AuthenticateAsync(Activity activity, string? authorizationHeader, CancellationToken cancellationToken = default)
    {
        if (!_options.AuthenticationEnabled)
        {
            return AuthenticationResult.Anonymous();
        }
        if (!BearerToken.TryRead(authorizationHeader, out var jwt, out var malformed))
        {
            return AuthenticationResult.Failure(malformed);
        }
        if (!SigningAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return AuthenticationResult.Failure($"Token algorithm '{jwt.Alg}' is not accepted.");
        }

        var isChannel = string.Equals(jwt.Issuer, _options.ChannelIssuer, StringComparison.Ordinal);
        if (!isChannel && !_emulatorIssuers.Contains(jwt.Issuer, StringComparer.Ordinal))
        {
            return AuthenticationResult.Failure($"Token issuer '{jwt.Issuer}' is not trusted.");
        }
        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return AuthenticationResult.Failure("The token does not name its signing key (kid).");
        }

        SigningKey? key;
        try
        {
            key = await (isChannel ? _channelKeys : _emulatorKeys).FindAsync(jwt.Kid, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            return AuthenticationResult.Failure(ex.Message);
        }
        if (key is null)
        {
            return AuthenticationResult.Failure($"Signing key '{jwt.Kid}' is not published by the issuer.");
        }

        var validation = await _tokenHandler.ValidateTokenAsync(jwt, CreateParameters(isChannel, key.Key));
        if (!validation.IsValid)
        {
            return AuthenticationResult.Failure($"Token rejected: {validation.Exception?.Message}");
        }
        var identity = validation.ClaimsIdentity;
        var failure = isChannel ? CheckChannelToken(identity, key, activity) : CheckEmulatorToken(identity);
        return failure is null
            ? AuthenticationResult.Authenticated(identity, isChannel ? ChannelCallerId : EmulatorCallerId)
            : AuthenticationResult.Failure(failure);
    }

    /// <summary>Releases the locks that serialise signing-key refreshes.</summary>
    public void Dispose()
    {
        _channelKeys.Dispose();
        _emulatorKeys.Dispose();
    }

    private TokenValidationParameters CreateParameters(bool isChannel, SecurityKey key) => new()
    {
        ValidIssuers = isChannel ? [_options.ChannelIssuer] : _emulatorIssuers,
        // Emulator tokens prove the bot's identity through appid/azp, as in the SDK, so only channel tokens check aud.
        ValidateAudience = isChannel,
        ValidAudience = _options.MicrosoftAppId,
        IssuerSigningKey = key,
        ValidAlgorithms = SigningAlgorithms,
        RequireSignedTokens = true,
        LifetimeValidator = IsWithinLifetime,
    };

    // Replaces the handler's lifetime check, which reads the system clock, so it must also insist on an expiry.
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        return expires is { } expiry && now <= expiry + ClockSkew && (notBefore is not { } start || start - ClockSkew <= now);
    }

    private static string? CheckChannelToken(ClaimsIdentity identity, SigningKey key, Activity activity)
    {
        var serviceUrl = identity.FindFirst("serviceurl")?.Value;
        if (serviceUrl is null || activity.ServiceUrl is null
            || !string.Equals(serviceUrl.TrimEnd('/'), activity.ServiceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            return $"The token's serviceurl '{serviceUrl}' does not match the activity's '{activity.ServiceUrl}'.";
        }
        return activity.ChannelId is not null && key.Endorsements.Contains(activity.ChannelId, StringComparer.Ordinal)
            ? null
            : $"Signing key '{key.Key.Kid}' is not endorsed for channel '{activity.ChannelId}'.";
    }

    private string? CheckEmulatorToken(ClaimsIdentity identity)
    {
        // v1 tokens may omit ver; the SDK treats a missing version as 1.0.
        var appIdClaim = identity.FindFirst("ver")?.Value switch
        {
            null or "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null)
        {
            return "The Emulator token has an unknown version.";
        }
        var appId = identity.FindFirst(appIdClaim)?.Value;
        return string.Equals(appId, _options.MicrosoftAppId, StringComparison.Ordinal)
            ? null
            : $"The Emulator token's {appIdClaim} '{appId}' is not this bot's app id.";
    }
}
