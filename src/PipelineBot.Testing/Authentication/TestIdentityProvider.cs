using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PipelineBot.Runtime.Connector.Authentication;

namespace PipelineBot.Testing.Authentication;

/// <summary>
/// A local stand-in for login.botframework.com, login.microsoftonline.com and the Entra token endpoint:
/// a Kestrel server on 127.0.0.1 serving OpenID metadata, JWKS (with Bot Framework endorsements) and
/// client-credentials tokens, plus methods that mint channel and Emulator tokens it will vouch for.
/// Token times come from the <see cref="TimeProvider"/> given to <see cref="StartAsync"/>.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    /// <summary>The Bot Framework auth v3.2 tenant the Emulator gets its tokens from.</summary>
    public const string EmulatorTenantId = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";

    /// <summary>The client secret the token endpoint accepts; any other gets Entra's <c>invalid_client</c> answer.</summary>
    public const string AppPassword = "test-app-password";

    private static readonly string[] SigningAlgorithms = ["RS256"];
    private readonly WebApplication _app;
    private readonly TimeProvider _timeProvider;
    private readonly ServiceProvider _clientServices = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    private readonly JsonWebTokenHandler _tokenHandler = new();
    private readonly Lock _gate = new();
    private readonly List<(RsaSecurityKey Key, string[] Endorsements)> _channelKeys = [];
    private readonly Dictionary<string, RsaSecurityKey> _signingKeyByChannel = new(StringComparer.Ordinal);
    private readonly RsaSecurityKey _emulatorKey = CreateKey();
    private readonly List<IReadOnlyDictionary<string, string>> _tokenRequests = [];
    private int _channelMetadataRequests;
    private int _tokensIssued;

    private TestIdentityProvider(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Urls.Add("http://127.0.0.1:0");
        _app.MapGet("/channel/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref _channelMetadataRequests);
            return Metadata("https://api.botframework.com", "/channel/keys");
        });
        _app.MapGet("/channel/keys", () => Results.Json(new { keys = PublishedChannelKeys() }));
        _app.MapGet("/emulator/.well-known/openid-configuration", () => Metadata($"https://login.microsoftonline.com/{EmulatorTenantId}/v2.0", "/emulator/keys"));
        _app.MapGet("/emulator/keys", () => Results.Json(new { keys = new[] { ToJwk(_emulatorKey, []) } }));
        _app.MapPost("/{tenant}/oauth2/v2.0/token", IssueAccessTokenAsync);
    }

    /// <summary>Root URL of the running server, e.g. <c>http://127.0.0.1:50123</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Where the channel (login.botframework.com) OpenID metadata is served.</summary>
    public string MetadataUrl => $"{BaseUrl}/channel/.well-known/openidconfiguration";

    /// <summary>Where the Emulator (login.microsoftonline.com common v2.0) OpenID metadata is served.</summary>
    public string EmulatorMetadataUrl => $"{BaseUrl}/emulator/.well-known/openid-configuration";

    /// <summary>The multi-tenant client-credentials endpoint; the <c>botframework.com</c> segment may be swapped for a tenant.</summary>
    public string TokenEndpoint => $"{BaseUrl}/botframework.com/oauth2/v2.0/token";

    /// <summary>How long access tokens from <see cref="TokenEndpoint"/> live (their <c>expires_in</c>).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long the token endpoint stalls before answering, to make concurrent callers overlap.</summary>
    public TimeSpan TokenResponseDelay { get; set; }

    /// <summary>How many times the channel metadata document was fetched, i.e. how often keys were (re)loaded.</summary>
    public int ChannelMetadataRequests => Volatile.Read(ref _channelMetadataRequests);

    /// <summary>Form bodies of the requests the token endpoint received, in order, with the route's tenant as <c>tenant</c>.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests
    {
        get { lock (_gate) { return [.. _tokenRequests]; } }
    }

    /// <summary>A factory whose clients reach this server; the runtime's auth types take one.</summary>
    public IHttpClientFactory HttpClientFactory => _clientServices.GetRequiredService<IHttpClientFactory>();

    /// <summary>Starts the server on a free loopback port.</summary>
    public static async Task<TestIdentityProvider> StartAsync(TimeProvider? timeProvider = null)
    {
        var provider = new TestIdentityProvider(timeProvider ?? TimeProvider.System);
        await provider._app.StartAsync();
        // Kestrel replaces the port-0 address with the one it actually bound.
        provider.BaseUrl = provider._app.Urls.Single().TrimEnd('/');
        return provider;
    }

    /// <summary>Options for a bot with <paramref name="appId"/> whose every endpoint points at this server.</summary>
    public BotAuthenticationOptions CreateOptions(string appId, string? appPassword = AppPassword) => new()
    {
        MicrosoftAppId = appId,
        MicrosoftAppPassword = appPassword,
        ChannelOpenIdMetadataUrl = MetadataUrl,
        EmulatorOpenIdMetadataUrl = EmulatorMetadataUrl,
        ToChannelTokenEndpoint = TokenEndpoint,
    };

    /// <summary>
    /// Mints the token Azure Bot Service would send for <paramref name="channelId"/>: signed by a key endorsed for
    /// that channel only, with <c>aud</c> = <paramref name="appId"/> and, unless null, the <c>serviceurl</c> claim.
    /// </summary>
    public string IssueChannelToken(string appId, string? serviceUrl, string channelId, TimeSpan? lifetime = null,
        string issuer = "https://api.botframework.com", TokenSigning signing = TokenSigning.Published)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }
        return Issue(issuer, appId, claims, lifetime, signing switch
        {
            TokenSigning.Published => ChannelSigningKey(channelId),
            TokenSigning.Unpublished => CreateKey(),
            _ => null,
        });
    }

    /// <summary>Mints a token like the one the Emulator gets from Entra: a v1 (<c>appid</c>) or v2 (<c>azp</c>) token naming <paramref name="appId"/>.</summary>
    public string IssueEmulatorToken(string appId, string version = "2.0", string tenantId = EmulatorTenantId, TimeSpan? lifetime = null)
    {
        var v1 = version == "1.0";
        var issuer = v1 ? $"https://sts.windows.net/{tenantId}/" : $"https://login.microsoftonline.com/{tenantId}/v2.0";
        var claims = new Dictionary<string, object> { ["ver"] = version, [v1 ? "appid" : "azp"] = appId };
        return Issue(issuer, appId, claims, lifetime, _emulatorKey);
    }

    /// <summary>Starts signing channel tokens with new keys (new <c>kid</c>s), still publishing the old ones, as a real rotation does.</summary>
    public void RotateChannelKeys()
    {
        lock (_gate)
        {
            _signingKeyByChannel.Clear();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _clientServices.DisposeAsync();
    }

    private string Issue(string issuer, string audience, Dictionary<string, object> claims, TimeSpan? lifetime, RsaSecurityKey? key)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        return _tokenHandler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(1)),
            SigningCredentials = key is null ? null : new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    private RsaSecurityKey ChannelSigningKey(string channelId)
    {
        lock (_gate)
        {
            if (!_signingKeyByChannel.TryGetValue(channelId, out var key))
            {
                key = CreateKey();
                _signingKeyByChannel[channelId] = key;
                _channelKeys.Add((key, [channelId]));
            }
            return key;
        }
    }

    private object[] PublishedChannelKeys()
    {
        lock (_gate)
        {
            return [.. _channelKeys.Select(entry => ToJwk(entry.Key, entry.Endorsements))];
        }
    }

    private async Task<IResult> IssueAccessTokenAsync(string tenant, HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var recorded = form.ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);
        recorded["tenant"] = tenant;
        lock (_gate)
        {
            _tokenRequests.Add(recorded);
        }
        await Task.Delay(TokenResponseDelay);
        if (form["client_secret"] != AppPassword)
        {
            return Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401);
        }
        var seconds = (int)AccessTokenLifetime.TotalSeconds;
        var token = $"access-token-{Interlocked.Increment(ref _tokensIssued)}";
        return Results.Json(new { token_type = "Bearer", expires_in = seconds, ext_expires_in = seconds, access_token = token });
    }

    private IResult Metadata(string issuer, string keysPath) =>
        Results.Json(new { issuer, jwks_uri = $"{BaseUrl}{keysPath}", id_token_signing_alg_values_supported = SigningAlgorithms });

    private static object ToJwk(RsaSecurityKey key, string[] endorsements)
    {
        var parameters = key.Rsa.ExportParameters(false);
        return new
        {
            kty = "RSA",
            use = "sig",
            kid = key.KeyId,
            n = Base64UrlEncoder.Encode(parameters.Modulus),
            e = Base64UrlEncoder.Encode(parameters.Exponent),
            endorsements,
        };
    }

    private static RsaSecurityKey CreateKey() => new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };
}
