using LiteDB;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Storage.Deals;

namespace PipelineBot.Storage.Leads;

/// <summary>Saves: one writer command each, checked against the stored version before anything is written.</summary>
public sealed partial class LiteDbLeadRepository
{
    /// <inheritdoc />
    public Task SaveAsync(Lead lead, CancellationToken cancellationToken = default) =>
        SaveQualificationAsync(lead, null, cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// Completes once the lead, its new history entries and the deal are committed together. Any failure (a stale
    /// version, a deal id that exists, a refused document) leaves none of them written.
    /// </remarks>
    public Task SaveQualificationAsync(Lead lead, Deal? openedDeal, CancellationToken cancellationToken = default)
    {
        if (openedDeal is { Version: not 0 })
        {
            throw new ArgumentException($"Deal {openedDeal.Id} is already saved; only a newly opened deal is saved with its lead.", nameof(openedDeal));
        }
        return SaveWithAsync(lead, openedDeal, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>Either both are committed, or (a stale version of either, a refused document) neither is.</remarks>
    public Task SaveWithDealAsync(Lead lead, Deal deal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deal);
        if (deal.Version == 0)
        {
            throw new ArgumentException($"Deal {deal.Id} is not saved yet; a new deal is saved with its lead's qualification.", nameof(deal));
        }
        return SaveWithAsync(lead, deal, cancellationToken);
    }

    private async Task SaveWithAsync(Lead lead, Deal? deal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lead);
        // Snapshots are taken here, on the caller's thread; the writer thread never touches the aggregates.
        var snapshot = lead.ToSnapshot();
        var dealSnapshot = deal?.ToSnapshot();
        // An erased lead saved the ordinary way is checkpointed too, so the old pages do not linger in the log.
        var durability = lead.IsErased ? Durability.Checkpointed : Durability.WithNextCheckpoint;
        var version = await _writer.ExecuteAsync((database, _) => Write(database, snapshot, dealSnapshot), durability, cancellationToken).ConfigureAwait(false);
        lead.ConfirmSaved(version);
        deal?.ConfirmSaved(deal.Version + 1);
        Publish(lead);
    }

    /// <inheritdoc />
    /// <remarks>One writer command, so the whole batch commits in one transaction or not at all.</remarks>
    public async Task SaveBatchAsync(IReadOnlyCollection<Lead> leads, IReadOnlyCollection<Deal> deals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(deals);
        // A second copy would fail its version check after the first was written, and the batch would keep half of it.
        if (leads.DistinctBy(l => l.Id).Count() != leads.Count || deals.DistinctBy(d => d.Id).Count() != deals.Count)
        {
            throw new ArgumentException("A batch may hold each lead and each deal once.", nameof(leads));
        }
        var leadSnapshots = leads.Select(l => l.ToSnapshot()).ToList();
        var dealSnapshots = deals.Select(d => d.ToSnapshot()).ToList();
        var (leadVersions, dealVersions) = await _writer.ExecuteAsync(
            (database, _) => WriteBatch(database, leadSnapshots, dealSnapshots), Durability.Batch, cancellationToken).ConfigureAwait(false);
        foreach (var (lead, version) in leads.Zip(leadVersions))
        {
            lead.ConfirmSaved(version);
            Publish(lead);
        }
        foreach (var (deal, version) in deals.Zip(dealVersions))
        {
            deal.ConfirmSaved(version);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// The erasing save is checkpointed before it completes, whatever <see cref="LiteDbStorageOptions.CheckpointInterval"/>
    /// says: that folds the log, which still holds the pages with the old values, into the data file and truncates it.
    /// LiteDB 5 zeroes the bytes of a document it rewrites or moves, so no old copy is left in the data file either.
    /// </remarks>
    public async Task EraseAsync(Lead lead, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lead);
        if (!lead.IsErased)
        {
            throw new ArgumentException($"Lead {lead.Id} still holds personal data; call ErasePersonalData first.", nameof(lead));
        }
        var snapshot = lead.ToSnapshot();
        var version = await _writer.ExecuteAsync((database, _) => Write(database, snapshot, null), Durability.Checkpointed, cancellationToken).ConfigureAwait(false);
        lead.ConfirmSaved(version);
        Publish(lead);
    }

    /// <summary>
    /// Puts the saved lead in the visitor cache. An erased lead has no visitor any more, and the cache is keyed by
    /// visitor, so erasure empties it: rare, and nothing personal may be left in memory either.
    /// </summary>
    private void Publish(Lead lead)
    {
        if (lead.Visitor is { } visitor)
        {
            _byVisitor.Publish([new(visitor.ToString(), new CachedLead(lead.ToSnapshot()))]);
        }
        else
        {
            _byVisitor.Clear();
        }
    }

    /// <summary>Applies a batch save inside the writer's transaction; returns the new versions in order.</summary>
    /// <exception cref="ConcurrencyConflictException">A stored version differs; thrown before anything is written.</exception>
    private static (List<long> Leads, List<long> Deals) WriteBatch(LiteDatabase database, List<LeadSnapshot> leads, List<DealSnapshot> deals)
    {
        // Every version first: a conflict is a rejection, which the writer does not roll back, so it must come before any write.
        leads.ForEach(lead => EnsureVersion(database, lead));
        deals.ForEach(deal => LiteDbDealRepository.EnsureVersion(database, deal));
        return ([.. leads.Select(lead => Write(database, lead, null))], [.. deals.Select(deal => LiteDbDealRepository.Write(database, deal))]);
    }

    /// <summary>Applies a save inside the writer's batch transaction; returns the lead's new version.</summary>
    /// <exception cref="ConcurrencyConflictException">The lead's or the deal's stored version differs; thrown before anything is written.</exception>
    private static long Write(LiteDatabase database, LeadSnapshot lead, DealSnapshot? deal)
    {
        var leads = database.GetCollection(CollectionName);
        var stored = EnsureVersion(database, lead);
        if (deal is not null)
        {
            // Before anything of the lead is written: a stale deal is a rejection, which must leave nothing behind.
            LiteDbDealRepository.Write(database, deal);
        }
        var storedHistory = stored?[LeadDocument.HistoryCount].AsInt32 ?? 0;
        var history = database.GetCollection(HistoryCollectionName);
        foreach (var change in lead.History.Skip(storedHistory))
        {
            // Insert, never upsert: the history is append-only, and an entry already there fails the whole save.
            history.Insert(LeadHistoryDocument.Create(change));
        }
        var version = lead.Version + 1;
        leads.Upsert(LeadDocument.Create(lead, version));
        return version;
    }

    /// <summary>Throws unless the stored lead is at the version the snapshot was loaded at; returns the stored document.</summary>
    /// <exception cref="ConcurrencyConflictException">The stored version differs.</exception>
    private static BsonDocument? EnsureVersion(LiteDatabase database, LeadSnapshot lead)
    {
        // Inside the batch transaction this sees the batch's earlier commands, so two saves expecting one version
        // in the same batch cannot both pass.
        var stored = database.GetCollection(CollectionName).FindById(lead.Id);
        var storedVersion = stored?[LeadDocument.Version].AsInt64 ?? 0;
        if (storedVersion != lead.Version)
        {
            throw new ConcurrencyConflictException($"Lead {lead.Id} is at version {storedVersion}, not {lead.Version}.");
        }
        return stored;
    }
}
