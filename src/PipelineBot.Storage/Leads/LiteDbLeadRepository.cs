using LiteDB;
using Microsoft.Extensions.Options;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Storage.Leads;

/// <summary>
/// <see cref="ILeadRepository"/> over the shared LiteDB database: leads in <c>leads</c>, their status history appended
/// to <c>lead_history</c>. Every save is one command on the shared <see cref="LiteDbWriter"/>, so the lead, its new
/// history entries and an opened deal commit in one transaction or not at all, durable by the next checkpoint (see
/// <see cref="Durability.WithNextCheckpoint"/>). A visitor's lead, which their
/// every turn reads, is served from a cache of committed snapshots that each save publishes to; other reads query.
/// </summary>
public sealed partial class LiteDbLeadRepository : ILeadRepository
{
    /// <summary>The collection holding one document per lead, without its history.</summary>
    public const string CollectionName = "leads";

    /// <summary>The append-only collection of status changes, one document per entry, which metrics scan.</summary>
    public const string HistoryCollectionName = "lead_history";

    private readonly LiteDbContext _context;
    private readonly ILiteCollection<BsonDocument> _leads;
    private readonly ILiteCollection<BsonDocument> _history;
    private readonly LiteDbWriter _writer;
    private readonly CommittedCache<CachedLead> _byVisitor;

    /// <summary>Binds the repository to the shared database and writer, ensuring its indexes first.</summary>
    public LiteDbLeadRepository(LiteDbContext context, LiteDbWriter writer, IOptions<LiteDbStorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        _byVisitor = new CommittedCache<CachedLead>(options.Value.CachedLeads);
        _context = context;
        _leads = context.Database.GetCollection(CollectionName);
        _history = context.Database.GetCollection(HistoryCollectionName);
        _writer = writer;
        _writer.EnsureIndexes(EnsureIndexes);
    }

    /// <inheritdoc />
    public Task<Lead?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_context.Read(() => _leads.FindById(id) is { } document ? Load(document) : null));
    }

    /// <inheritdoc />
    public Task<Lead?> GetByVisitorAsync(VisitorKey visitor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        cancellationToken.ThrowIfCancellationRequested();
        var key = visitor.ToString();
        if (_byVisitor.TryGet(key, out var cached, out var generation))
        {
            return Task.FromResult(cached!.Snapshot is { } snapshot ? Lead.FromSnapshot(snapshot) : null);
        }
        // The key joins channel and user with '/', which both may contain: compare the parts before handing it out.
        var lead = _context.Read(() => _leads.FindOne(Query.EQ(LeadDocument.VisitorKey, key)) is { } document ? Load(document) : null);
        var own = lead is not null && lead.BelongsTo(visitor) ? lead : null;
        // "No lead yet" is cached too: the visitor's first save publishes over it.
        _byVisitor.Fill(key, new CachedLead(own?.ToSnapshot()), generation);
        return Task.FromResult(own);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Lead>> FindOwnedByCompanyDomainAsync(string companyDomain, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(companyDomain);
        cancellationToken.ThrowIfCancellationRequested();
        // Domains are stored lower-case (EmailAddress normalises them); the database compares ordinally.
        var leads = _context.Read(() => _leads.Query()
            .Where(Query.EQ(LeadDocument.CompanyDomain, companyDomain.ToLowerInvariant()))
            .Where(Query.Not(LeadDocument.OwnerRepId, BsonValue.Null))
            .OrderByDescending(LeadDocument.OwnerAssignedAt)
            .ToEnumerable()
            .Select(Load)
            .ToList());
        return Task.FromResult<IReadOnlyList<Lead>>(leads);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Reports load thousands of leads, so their histories come from one range over the history's time index rather
    /// than a lookup per lead: a lead's entries are normally dated after it was created. One whose entries are not all
    /// in that range (an import may date them earlier) is looked up on its own.
    /// </remarks>
    public Task<IReadOnlyList<Lead>> FindCreatedBetweenAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (until <= from)
        {
            return Task.FromResult<IReadOnlyList<Lead>>([]);
        }
        var leads = _context.Read(() =>
        {
            var documents = _leads.Query().Where(Query.Between(LeadDocument.CreatedAt, BsonValues.From(from), BsonValues.From(until.AddTicks(-1)))).ToList();
            var histories = _history.Query().Where(Query.Between(LeadHistoryDocument.At, BsonValues.From(from), DateTime.MaxValue))
                .ToEnumerable()
                .Select(LeadHistoryDocument.ToChange)
                .ToLookup(change => change.LeadId);
            return documents.Select(document => Load(document, histories)).ToList();
        });
        return Task.FromResult<IReadOnlyList<Lead>>(leads);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Lead>> FindAwaitingOwnerQuietSinceAsync(DateTimeOffset quietSince, string? ownerRepId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var query = AwaitingOwnerQuietSince(quietSince, ownerRepId);
        return Task.FromResult<IReadOnlyList<Lead>>(_context.Read(() => query.ToEnumerable().Select(Load).ToList()));
    }

    /// <summary>The silent-lead candidate query, a range on one composite index; exposed so a test can check its plan.</summary>
    internal ILiteQueryable<BsonDocument> AwaitingOwnerQuietSince(DateTimeOffset quietSince, string? ownerRepId)
    {
        var (field, from, to) = LeadDocument.QuietSinceRange(quietSince, ownerRepId);
        return _leads.Query().Where(Query.Between(field, from, to));
    }

    /// <inheritdoc />
    public Task<string?> GetLastRoundRobinRepIdAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var last = _context.Read(() => _leads.Query()
            .Where(Query.EQ(LeadDocument.OwnerAssignedBy, nameof(AssignmentMethod.RoundRobin)))
            .OrderByDescending(LeadDocument.OwnerAssignedAt)
            .FirstOrDefault());
        return Task.FromResult(last is null ? null : BsonValues.ToNullableString(last[LeadDocument.OwnerRepId]));
    }

    private static void EnsureIndexes(LiteDatabase database)
    {
        var leads = database.GetCollection(CollectionName);
        leads.EnsureIndex(LeadDocument.VisitorKey);
        leads.EnsureIndex(LeadDocument.CompanyDomain);
        leads.EnsureIndex(LeadDocument.OwnerRepId);
        leads.EnsureIndex(LeadDocument.CreatedAt);
        leads.EnsureIndex(LeadDocument.QuietSince);
        leads.EnsureIndex(LeadDocument.OwnerQuietSince);
        database.GetCollection(HistoryCollectionName).EnsureIndex(LeadHistoryDocument.LeadId);
        database.GetCollection(HistoryCollectionName).EnsureIndex(LeadHistoryDocument.At);
    }

    /// <summary>Rebuilds a lead with its history; call it inside <see cref="LiteDbContext.Read{T}"/>, since it queries.</summary>
    private Lead Load(BsonDocument document) =>
        Rebuild(document, _history.Query()
            .Where(Query.EQ(LeadHistoryDocument.LeadId, document["_id"].AsGuid))
            .ToEnumerable()
            .Select(LeadHistoryDocument.ToChange));

    /// <summary>Rebuilds a lead with the history entries found for it, or looks them up when some are missing; call it inside <see cref="LiteDbContext.Read{T}"/>.</summary>
    private Lead Load(BsonDocument document, ILookup<Guid, LeadStatusChange> histories)
    {
        var history = histories[document["_id"].AsGuid].ToList();
        var count = document[LeadDocument.HistoryCount].AsInt32;
        return history.Count(change => change.Sequence <= count) == count ? Rebuild(document, history) : Load(document);
    }

    /// <summary>
    /// Rebuilds a lead from its document and history entries, keeping only the entries the document counts: a save
    /// committed after the lead was read may have appended more.
    /// </summary>
    private static Lead Rebuild(BsonDocument document, IEnumerable<LeadStatusChange> history)
    {
        var count = document[LeadDocument.HistoryCount].AsInt32;
        var own = history.Where(change => change.Sequence <= count).OrderBy(change => change.Sequence).ToList();
        return Lead.FromSnapshot(LeadDocument.ToSnapshot(document, own));
    }
}
