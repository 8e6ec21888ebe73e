using LiteDB;
using PipelineBot.Sales.Deals;

namespace PipelineBot.Storage.Deals;

/// <summary>
/// <see cref="IDealRepository"/> over the shared LiteDB database: deals in <c>deals</c>, their finished stage dwells in
/// <c>deal_dwells</c>. Reads take turns with the writer through <see cref="LiteDbContext.Read{T}"/> and are served by
/// indexes (see <see cref="DealIndexKeys"/>); writes go through the shared <see cref="LiteDbWriter"/>, group-committed
/// and durable like every other write.
/// </summary>
public sealed partial class LiteDbDealRepository : IDealRepository
{
    /// <summary>The collection holding one document per deal, history and notes embedded.</summary>
    public const string CollectionName = "deals";

    /// <summary>The append-only collection of finished stage dwells, which the stuck rule's medians are taken over.</summary>
    public const string DwellCollectionName = "deal_dwells";

    private readonly LiteDbContext _context;
    private readonly ILiteCollection<BsonDocument> _deals;
    private readonly ILiteCollection<BsonDocument> _dwells;
    private readonly LiteDbWriter _writer;

    /// <summary>Binds the repository to the shared database and writer, ensuring its indexes first.</summary>
    public LiteDbDealRepository(LiteDbContext context, LiteDbWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        _context = context;
        _deals = context.Database.GetCollection(CollectionName);
        _dwells = context.Database.GetCollection(DwellCollectionName);
        _writer = writer;
        _writer.EnsureIndexes(EnsureIndexes);
    }

    /// <inheritdoc />
    public Task<Deal?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_context.Read(() => _deals.FindById(id)) is { } document ? Load(document) : null);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DealSummary>> FindOpenAsync(string? ownerRepId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Summarize(Open(ownerRepId));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DealSummary>> FindEnteredStageBeforeAsync(
        string pipeline, string stage, DateTimeOffset enteredBefore, string? ownerRepId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Summarize(EnteredStageBefore(pipeline, stage, enteredBefore, ownerRepId));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TimeSpan>> GetRecentDwellsAsync(string pipeline, string stage, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        cancellationToken.ThrowIfCancellationRequested();
        var query = RecentDwells(pipeline, stage, count);
        return Task.FromResult<IReadOnlyList<TimeSpan>>(_context.Read(() => query.ToEnumerable().Select(d => TimeSpan.FromTicks(d[DwellDocument.Ticks].AsInt64)).ToList()));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DealSummary>> FindOpenExpectedToCloseAsync(DateOnly from, DateOnly until, string? ownerRepId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (until <= from)
        {
            return Task.FromResult<IReadOnlyList<DealSummary>>([]);
        }
        var query = _deals.Query()
            .Where(Query.Between(DealDocument.ExpectedClose, BsonValues.From(from), BsonValues.From(until.AddDays(-1))))
            .Where(Query.EQ(DealDocument.Outcome, nameof(DealOutcome.Open)));
        return Summarize(OwnedBy(query, ownerRepId));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Deal>> FindOpenOrClosedSinceAsync(DateTimeOffset since, string? ownerRepId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var open = Open(ownerRepId);
        // Open deals have no close time, and null sorts below every date, so the two sets never overlap.
        var closed = OwnedBy(_deals.Query().Where(Query.Between(DealDocument.ClosedAt, BsonValues.From(since), DateTime.MaxValue)), ownerRepId);
        // One read for both, so a deal closing in between is neither missed nor counted twice.
        var documents = _context.Read(() => open.ToList().Concat(closed.ToList()).ToList());
        return Task.FromResult<IReadOnlyList<Deal>>([.. documents.Select(Load)]);
    }

    /// <summary>The stuck-candidate query, a range on one composite index; exposed so a test can check its plan.</summary>
    internal ILiteQueryable<BsonDocument> EnteredStageBefore(string pipeline, string stage, DateTimeOffset enteredBefore, string? ownerRepId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pipeline);
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        var (field, from, to) = DealIndexKeys.EnteredBefore(pipeline, stage, enteredBefore, ownerRepId);
        return _deals.Query().Where(Query.Between(field, from, to));
    }

    /// <summary>The latest dwells of a stage, newest first, read in index order and cut off after <paramref name="count"/>; exposed so a test can check its plan.</summary>
    internal ILiteQueryableResult<BsonDocument> RecentDwells(string pipeline, string stage, int count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pipeline);
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        var (from, to) = DealIndexKeys.Dwells(pipeline, stage);
        // A range, not StartsWith: LiteDB 5.0.20 returns nothing for a StartsWith seek read in descending order.
        return _dwells.Query()
            .Where(Query.Between(DwellDocument.Key, from, to))
            .OrderByDescending(DwellDocument.Key)
            .Limit(count);
    }

    private ILiteQueryable<BsonDocument> Open(string? ownerRepId) => _deals.Query().Where(ownerRepId is null
        ? Query.Between(DealIndexKeys.OpenOwner, DealIndexKeys.AnyOwner.From, DealIndexKeys.AnyOwner.To)
        : Query.EQ(DealIndexKeys.OpenOwner, ownerRepId));

    private static ILiteQueryable<BsonDocument> OwnedBy(ILiteQueryable<BsonDocument> query, string? ownerRepId) =>
        ownerRepId is null ? query : query.Where(Query.EQ(DealDocument.OwnerRepId, ownerRepId));

    private Task<IReadOnlyList<DealSummary>> Summarize(ILiteQueryable<BsonDocument> query) =>
        Task.FromResult<IReadOnlyList<DealSummary>>([.. _context.Read(() => query.Select(DealDocument.SummaryFields).ToList()).Select(DealDocument.ToSummary)]);

    private static Deal Load(BsonDocument document) => Deal.FromSnapshot(DealDocument.ToSnapshot(document));

    private static void EnsureIndexes(LiteDatabase database)
    {
        var deals = database.GetCollection(CollectionName);
        deals.EnsureIndex(DealDocument.LeadId);
        deals.EnsureIndex(DealIndexKeys.StageSince);
        deals.EnsureIndex(DealIndexKeys.OwnerStageSince);
        deals.EnsureIndex(DealIndexKeys.OpenOwner);
        deals.EnsureIndex(DealDocument.ExpectedClose);
        deals.EnsureIndex(DealDocument.ClosedAt);
        database.GetCollection(DwellCollectionName).EnsureIndex(DwellDocument.Key);
    }
}
