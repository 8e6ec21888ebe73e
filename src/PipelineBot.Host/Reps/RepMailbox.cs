using System.Text.Json;
using Microsoft.Extensions.Logging;
using PipelineBot.Host.Proactive;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;
using PipelineBot.Runtime.State;

namespace PipelineBot.Host.Reps;

/// <summary>
/// The notifications held for a rep the bot could not reach, until their next message; where the rep can be reached
/// is <see cref="ConversationBook"/>'s. Kept in the bot's <see cref="IStorage"/>, so it lives in the same database as
/// everything else and moves with it to a shared store.
/// </summary>
public sealed class RepMailbox(IStorage storage, ILogger<RepMailbox> logger)
{
    private const int MaxConcurrentAttempts = 5;

    /// <summary>
    /// How many notifications wait for a rep who has not talked to the bot yet. Every append rewrites the list, so
    /// it is kept bounded; the oldest go first, and the leads they announced stay in the pipeline regardless.
    /// </summary>
    public const int MaxHeld = 50;

    // Many visitors' turns notify the same rep at once; queueing them here leaves the eTag to catch other processes only.
    private readonly KeyedLock _appends = new();

    /// <summary>Holds a notification for the rep until their next message.</summary>
    public Task HoldAsync(string repId, Activity message, CancellationToken cancellationToken) =>
        UpdateHeldAsync(repId, held =>
        {
            held.Add(message);
            if (held.Count > MaxHeld)
            {
                logger.LogWarning("Rep {RepId} has not talked to the bot; dropping their {Count} oldest held notifications.", repId, held.Count - MaxHeld);
                held.RemoveRange(0, held.Count - MaxHeld);
            }
            return held;
        }, cancellationToken);

    /// <summary>The notifications held for the rep, oldest first.</summary>
    public async Task<IReadOnlyList<Activity>> PeekHeldAsync(string repId, CancellationToken cancellationToken) =>
        (await ReadHeldAsync(repId, cancellationToken)).Messages;

    /// <summary>
    /// Drops the first <paramref name="count"/> held notifications once they were delivered. Messages held meanwhile
    /// are appended behind them, so they stay.
    /// </summary>
    public Task ReleaseHeldAsync(string repId, int count, CancellationToken cancellationToken) =>
        UpdateHeldAsync(repId, held => [.. held.Skip(count)], cancellationToken);

    private async Task UpdateHeldAsync(string repId, Func<List<Activity>, List<Activity>> change, CancellationToken cancellationToken)
    {
        using var _ = await _appends.AcquireAsync(repId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var (held, eTag) = await ReadHeldAsync(repId, cancellationToken);
            var json = JsonSerializer.Serialize(change([.. held]), BotJson.Options);
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [HeldKey(repId)] = new(json, eTag) }, cancellationToken);
                return;
            }
            catch (StorageConcurrencyException) when (attempt < MaxConcurrentAttempts)
            {
            }
        }
    }

    private async Task<(List<Activity> Messages, string? ETag)> ReadHeldAsync(string repId, CancellationToken cancellationToken)
    {
        var key = HeldKey(repId);
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item)
            ? (JsonSerializer.Deserialize<List<Activity>>(item.Json, BotJson.Options) ?? [], item.ETag)
            : ([], null);
    }

    private static string HeldKey(string repId) => $"{ConversationBook.Rep(repId)}/held";
}
