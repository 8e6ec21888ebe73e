using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PipelineBot.Runtime.State;

namespace PipelineBot.Host.Meetings;

/// <summary>
/// Download links for meeting invites. A link carries an HMAC of the meeting id, so only someone who was given the
/// link can fetch the invite, and nothing per link has to be stored. The key comes from configuration, else from the
/// bot's storage, where the first start puts a random one so links survive restarts.
/// </summary>
public sealed class InviteLinks(IStorage storage, BookingOptions options) : IDisposable
{
    private const string StorageKey = "booking/invite-key";
    private const int KeyBytes = 32;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private byte[]? _key;

    /// <inheritdoc />
    public void Dispose() => _loading.Dispose();

    /// <summary>The absolute URL of the meeting's .ics download.</summary>
    public async Task<string> LinkAsync(Guid meetingId, CancellationToken cancellationToken) =>
        $"{options.PublicUrl.TrimEnd('/')}/meetings/{meetingId}.ics?token={await TokenAsync(meetingId, cancellationToken)}";

    /// <summary>True when <paramref name="token"/> is the one this bot signs for the meeting.</summary>
    public async Task<bool> VerifyAsync(Guid meetingId, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }
        var expected = Encoding.ASCII.GetBytes(await TokenAsync(meetingId, cancellationToken));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(token));
    }

    private async Task<string> TokenAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var mac = HMACSHA256.HashData(await KeyAsync(cancellationToken), meetingId.ToByteArray());
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (_key is { } key)
        {
            return key;
        }
        await _loading.WaitAsync(cancellationToken);
        try
        {
            return _key ??= await LoadKeyAsync(cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<byte[]> LoadKeyAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.InviteKey))
        {
            var configured = Convert.FromBase64String(options.InviteKey);
            return configured.Length >= KeyBytes
                ? configured
                : throw new InvalidOperationException($"{BookingOptions.SectionName}:InviteKey must be at least {KeyBytes} bytes of base64.");
        }
        for (var attempt = 0; ; attempt++)
        {
            if ((await storage.ReadAsync([StorageKey], cancellationToken)).TryGetValue(StorageKey, out var stored) && stored.Json is { Length: > 0 } json)
            {
                return Convert.FromBase64String(JsonSerializer.Deserialize<string>(json) ?? string.Empty);
            }
            try
            {
                // Written only if still absent, so two hosts starting together end up with the same key.
                var fresh = RandomNumberGenerator.GetBytes(KeyBytes);
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [StorageKey] = new(JsonSerializer.Serialize(Convert.ToBase64String(fresh)), null) }, cancellationToken);
                return fresh;
            }
            catch (StorageConcurrencyException) when (attempt == 0)
            {
            }
        }
    }
}
