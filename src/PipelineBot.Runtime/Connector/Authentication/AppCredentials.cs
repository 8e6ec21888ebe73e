using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PipelineBot.Runtime.Connector.Authentication;

/// <summary>
/// Obtains the bot's token for the Bot Connector API with the client-credentials grant and caches it until
/// shortly before it expires. Register it as a singleton so the cache is shared; HTTP calls go through the
/// <see cref="IHttpClientFactory"/> client named <see cref="BotAuthenticationOptions.HttpClientName"/>.
/// </summary>
public sealed class AppCredentials : IAccessTokenProvider, IDisposable
{
    // Refreshing early keeps a token that is about to expire from being rejected in flight or by a skewed clock.
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly BotAuthenticationOptions _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private CachedToken? _token;

    /// <summary>Creates the provider; <paramref name="timeProvider"/> decides when the cached token is due for refresh.</summary>
    public AppCredentials(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider)
    {
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    /// <exception cref="HttpRequestException">The token endpoint refused the credentials or could not be reached.</exception>
    /// <exception cref="InvalidOperationException">The configuration lacks what the app type needs to get a token.</exception>
    public async Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        if (!_options.AuthenticationEnabled)
        {
            return null;
        }
        if (TryGetFresh(out var token))
        {
            return token;
        }
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            // Callers queued behind a refresh reuse its result instead of each asking for a new token.
            if (TryGetFresh(out token))
            {
                return token;
            }
            _token = await RequestTokenAsync(cancellationToken);
            return _token.Value;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    /// <summary>Releases the lock that serialises token refreshes.</summary>
    public void Dispose() => _refreshGate.Dispose();

    private bool TryGetFresh(out string token)
    {
        var cached = _token;
        token = cached?.Value ?? string.Empty;
        return cached is not null && _timeProvider.GetUtcNow() < cached.RefreshAt;
    }

    private async Task<CachedToken> RequestTokenAsync(CancellationToken cancellationToken)
    {
        var secret = RequireSecret();
        var endpoint = _options.EffectiveToChannelTokenEndpoint;
        using var client = _httpClientFactory.CreateClient(BotAuthenticationOptions.HttpClientName);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _options.MicrosoftAppId!,
            ["client_secret"] = secret,
            ["scope"] = _options.ToChannelScope,
        });
        using var response = await PostAsync(client, endpoint, form, cancellationToken);
        using var body = TryParseJson(await response.Content.ReadAsStringAsync(cancellationToken));
        if (!response.IsSuccessStatusCode
            || body?.RootElement is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("access_token", out var accessToken)
            || accessToken.ValueKind != JsonValueKind.String
            || accessToken.GetString() is not { Length: > 0 } value)
        {
            throw new HttpRequestException(
                $"The bot token endpoint '{endpoint}' answered {(int)response.StatusCode} without an access token: {DescribeError(body)}",
                null,
                response.StatusCode);
        }
        return new CachedToken(value, _timeProvider.GetUtcNow() + ReadLifetime(root) - RefreshMargin);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string endpoint, HttpContent form, CancellationToken cancellationToken)
    {
        try
        {
            return await client.PostAsync(new Uri(endpoint), form, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new HttpRequestException($"Could not reach the bot token endpoint '{endpoint}': {ex.Message}", ex);
        }
    }

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

    private static JsonDocument? TryParseJson(string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            // A non-JSON body (a proxy's error page, say) is reported through the status code instead.
            return null;
        }
    }

    // Entra v2 sends expires_in as a number, older endpoints as a string; without it the token is used once, uncached.
    private static TimeSpan ReadLifetime(JsonElement root) => TimeSpan.FromSeconds(
        !root.TryGetProperty("expires_in", out var value) ? 0 : value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) => seconds,
            _ => 0,
        });

    private static string DescribeError(JsonDocument? body) =>
        body?.RootElement is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("error", out var code)
            ? $"{code} {(root.TryGetProperty("error_description", out var description) ? description.ToString() : string.Empty)}".TrimEnd()
            : "no error details";

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);
}
