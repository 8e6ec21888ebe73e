using LiteDB;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;

namespace PipelineBot.Storage.Deals;

/// <summary>
/// <see cref="IDealRepository"/> over the shared LiteDB database: reads straight from it, writes through the shared
/// <see cref="LiteDbWriter"/> so they are group-committed and durable like every other write.
/// </summary>
public sealed class LiteDbDealRepository : IDealRepository
{
    /// <summary>The collection holding one document per deal, stage history embedded.</summary>
    public const string CollectionName = "deals";

    private readonly LiteDbContext _context;
    private readonly ILiteCollection<BsonDocument> _deals;
    private readonly LiteDbWriter _writer;

    /// <summary>Binds the repository to the shared database and writer, ensuring its index first.</summary>
    public LiteDbDealRepository(LiteDbContext context, LiteDbWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        _context = context;
        _deals = context.Database.GetCollection(CollectionName);
        _writer = writer;
        _writer.EnsureIndexes(EnsureIndexes);
    }

    /// <inheritdoc />
    public Task<Deal?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_context.Read(() => _deals.FindById(id)) is { } document ? Deal.FromSnapshot(DealDocument.ToSnapshot(document)) : null);
    }

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
    /// (LiteDB refuses a duplicate id, which fails the whole command), any other replaces the stored one of that version.
    /// </summary>
    /// <returns>The deal's new version.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version differs; thrown before anything is written.</exception>
    internal static long Write(LiteDatabase database, DealSnapshot deal)
    {
        var deals = database.GetCollection(CollectionName);
        var version = deal.Version + 1;
        if (deal.Version == 0)
        {
            deals.Insert(DealDocument.Create(deal, version));
            return version;
        }
        var stored = deals.FindById(deal.Id)?[DealDocument.Version].AsInt64 ?? 0;
        if (stored != deal.Version)
        {
            throw new ConcurrencyConflictException($"Deal {deal.Id} is at version {stored}, not {deal.Version}.");
        }
        deals.Update(DealDocument.Create(deal, version));
        return version;
    }

    private static void EnsureIndexes(LiteDatabase database) =>
        database.GetCollection(CollectionName).EnsureIndex(DealDocument.LeadId);
}
