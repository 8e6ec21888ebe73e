namespace PipelineBot.Runtime.State;

/// <summary>
/// Durable key-value storage for bot state, with optimistic concurrency through eTags.
/// This is the seam a shared database replaces LiteDB behind; keep implementations to these three calls.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the given keys; keys that do not exist are simply absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes all changes atomically and returns each key's new eTag. Completes only once the write is durable.
    /// Each item's <see cref="StoreItem.ETag"/> is its precondition: <c>"*"</c> overwrites unconditionally,
    /// null requires the key not to exist yet, any other value must equal the stored eTag.
    /// If any precondition fails nothing is written and <see cref="StorageConcurrencyException"/> is thrown.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes the given keys; missing keys are not an error.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
