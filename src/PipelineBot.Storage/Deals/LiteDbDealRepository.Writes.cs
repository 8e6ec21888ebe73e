using LiteDB;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;

namespace PipelineBot.Storage.Deals;

/// <summary>Saves: one writer command each, checked against the stored version before anything is written.</summary>
public sealed partial class LiteDbDealRepository
{
    /// <inheritdoc />
    public async Task SaveAsync(Deal deal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deal);
        // The snapshot is taken here, on the caller's thread; the writer thread never touches the aggregate.
        var snapshot = deal.ToSnapshot();
        var version = await _writer.ExecuteAsync((database, _) => Write(database, snapshot), Durability.WithNextCheckpoint, cancellationToken).ConfigureAwait(false);
        deal.ConfirmSaved(version);
    }

    /// <summary>
    /// Writes a deal inside the writer's batch transaction after checking its version: a deal at version 0 is inserted
    /// (LiteDB refuses a duplicate id, which fails the whole command), any other replaces the stored one of that
    /// version. The stage dwells its new history entries finished are appended to <c>deal_dwells</c>.
    /// </summary>
    /// <returns>The deal's new version.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version differs; thrown before anything is written.</exception>
    internal static long Write(LiteDatabase database, DealSnapshot deal)
    {
        var deals = database.GetCollection(CollectionName);
        var stored = deal.Version == 0 ? null : deals.FindById(deal.Id);
        EnsureVersion(deal, stored);
        var version = deal.Version + 1;
        if (stored is null)
        {
            deals.Insert(DealDocument.Create(deal, version));
        }
        else
        {
            deals.Update(DealDocument.Create(deal, version));
        }
        var storedHistory = stored?[DealDocument.History].AsArray.Count ?? 0;
        var dwells = database.GetCollection(DwellCollectionName);
        foreach (var dwell in StageDwell.Of(deal.History).Where(d => d.LeftBySequence > storedHistory))
        {
            // Insert, never upsert: a dwell already recorded fails the command rather than being counted twice.
            dwells.Insert(DwellDocument.Create(deal.Id, deal.Pipeline, dwell));
        }
        return version;
    }

    /// <summary>Throws unless the stored deal is at the version the snapshot was loaded at; reads but never writes.</summary>
    /// <exception cref="ConcurrencyConflictException">The stored version differs.</exception>
    internal static void EnsureVersion(LiteDatabase database, DealSnapshot deal) =>
        EnsureVersion(deal, deal.Version == 0 ? null : database.GetCollection(CollectionName).FindById(deal.Id));

    private static void EnsureVersion(DealSnapshot deal, BsonDocument? stored)
    {
        var storedVersion = stored?[DealDocument.Version].AsInt64 ?? 0;
        if (deal.Version != 0 && storedVersion != deal.Version)
        {
            throw new ConcurrencyConflictException($"Deal {deal.Id} is at version {storedVersion}, not {deal.Version}.");
        }
    }
}
