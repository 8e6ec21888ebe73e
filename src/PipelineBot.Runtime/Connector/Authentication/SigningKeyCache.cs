using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace PipelineBot.Runtime.Connector.Authentication;

/// <summary>
/// The signing keys behind one OpenID metadata document, fetched lazily and cached. Keys are refreshed when a
/// token names an unknown <c>kid</c> (key rotation) or after a day, but at most once per
/// <see cref="RefetchInterval"/> so that tokens with made-up key ids cannot make the bot hammer the issuer.
/// </summary>
internal sealed class SigningKeyCache(string metadataUrl, IHttpClientFactory httpClientFactory, TimeProvider timeProvider) : IDisposable
{
    internal static readonly TimeSpan RefetchInterval = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private Snapshot? _current;

    /// <summary>Finds the key with id <paramref name="keyId"/>, or null when the issuer does not publish it.</summary>
    /// <exception cref="HttpRequestException">No keys have been loaded yet and loading them failed.</exception>
    public async Task<SigningKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is null || ShouldRefresh(current, keyId))
        {
            current = await RefreshAsync(current, cancellationToken);
        }
        return current.Keys.GetValueOrDefault(keyId);
    }

    public void Dispose() => _refreshGate.Dispose();

    private bool ShouldRefresh(Snapshot snapshot, string keyId)
    {
        var now = timeProvider.GetUtcNow();
        return now - snapshot.LastAttempt >= RefetchInterval
            && (!snapshot.Keys.ContainsKey(keyId) || now - snapshot.FetchedAt >= MaxAge);
    }

    private async Task<Snapshot> RefreshAsync(Snapshot? seen, CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            // A caller that refreshed while this one waited has already answered the same question.
            if (_current is not null && !ReferenceEquals(_current, seen))
            {
                return _current;
            }
            var now = timeProvider.GetUtcNow();
            try
            {
                _current = new Snapshot(await FetchAsync(cancellationToken), now, now);
            }
            catch (HttpRequestException) when (seen is not null)
            {
                // Keys that worked a moment ago beat no keys while the issuer is briefly unreachable.
                _current = seen with { LastAttempt = now };
            }
            return _current;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private async Task<Dictionary<string, SigningKey>> FetchAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = httpClientFactory.CreateClient(BotAuthenticationOptions.HttpClientName);
            using var metadata = await GetJsonAsync(client, metadataUrl, cancellationToken);
            var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
                ?? throw new InvalidOperationException("The metadata document has a null jwks_uri.");
            using var jwks = await GetJsonAsync(client, jwksUri, cancellationToken);
            return ReadKeys(jwks.RootElement);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or KeyNotFoundException
            or InvalidOperationException or ArgumentException or FormatException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new HttpRequestException($"Could not load signing keys via '{metadataUrl}': {ex.Message}", ex);
        }
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(url), cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
    }

    private static Dictionary<string, SigningKey> ReadKeys(JsonElement jwks)
    {
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var element in jwks.GetProperty("keys").EnumerateArray())
        {
            var key = new JsonWebKey(element.GetRawText());
            if (string.IsNullOrEmpty(key.Kid))
            {
                continue;
            }
            // Read endorsements from the raw JSON: JsonWebKey keeps unknown members in a loosely typed bag.
            var endorsements = element.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
                : [];
            keys[key.Kid] = new SigningKey(key, endorsements);
        }
        return keys;
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt, DateTimeOffset LastAttempt);
}
