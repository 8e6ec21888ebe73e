using System.Globalization;
using System.Text.Json;

namespace PipelineBot.Runtime.Connector.Authentication;

/// <summary>
/// An app's access token from a Microsoft identity platform token endpoint with the client-credentials grant, cached
/// until shortly before it expires: the bot's token for the Bot Connector, or an app's token for Microsoft Graph. One
/// instance holds one grant's token, so share it (a singleton's field) rather than making one per call.
/// </summary>
public sealed class ClientCredentialsTokenSource : IDisposable
{
    // Refreshing early keeps a token that is about to expire from being rejected in flight or by a skewed clock.
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly string _httpClientName;
    private readonly string _purpose;
    private readonly Func<ClientCredentialsGrant> _grant;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private CachedToken? _token;

    /// <summary>Creates the source; nothing is requested until the first <see cref="GetTokenAsync"/>.</summary>
    /// <param name="httpClientFactory">Makes the client that calls the token endpoint.</param>
    /// <param name="httpClientName">The <see cref="IHttpClientFactory"/> client to use, so hosts can configure it.</param>
    /// <param name="purpose">What the token is for, as error messages name it: "bot", "Microsoft Graph".</param>
    /// <param name="grant">The grant to send, made only when a token is requested, so it may throw for missing settings then.</param>
    /// <param name="timeProvider">Decides when the cached token is due for refresh.</param>
    public ClientCredentialsTokenSource(
        IHttpClientFactory httpClientFactory, string httpClientName, string purpose, Func<ClientCredentialsGrant> grant, TimeProvider timeProvider)
    {
        _httpClientFactory = httpClientFactory;
        _httpClientName = httpClientName;
        _purpose = purpose;
        _grant = grant;
        _timeProvider = timeProvider;
    }

    /// <summary>A current access token: the cached one while it is fresh, else a new one.</summary>
    /// <exception cref="HttpRequestException">The token endpoint refused the credentials or could not be reached.</exception>
    public async Task<string> GetTokenAsync(CancellationToken cancellationToken = default)
    {
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
            _token = await RequestTokenAsync(_grant(), cancellationToken);
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

    private async Task<CachedToken> RequestTokenAsync(ClientCredentialsGrant grant, CancellationToken cancellationToken)
    {
        using var client = _httpClientFactory.CreateClient(_httpClientName);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = grant.ClientId,
            ["client_secret"] = grant.ClientSecret,
            ["scope"] = grant.Scope,
        });
        using var response = await PostAsync(client, grant.TokenEndpoint, form, cancellationToken);
        using var body = TryParseJson(await response.Content.ReadAsStringAsync(cancellationToken));
        if (!response.IsSuccessStatusCode
            || body?.RootElement is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("access_token", out var accessToken)
            || accessToken.ValueKind != JsonValueKind.String
            || accessToken.GetString() is not { Length: > 0 } value)
        {
            throw new HttpRequestException(
                $"The {_purpose} token endpoint '{grant.TokenEndpoint}' answered {(int)response.StatusCode} without an access token: {DescribeError(body)}",
                null,
                response.StatusCode);
        }
        return new CachedToken(value, _timeProvider.GetUtcNow() + ReadLifetime(root) - RefreshMargin);
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string endpoint, HttpContent form, CancellationToken cancellationToken)
    {
        try
        {
            return await client.PostAsync(new Uri(endpoint), form, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new HttpRequestException($"Could not reach the {_purpose} token endpoint '{endpoint}': {ex.Message}", ex);
        }
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
