using LiteDB;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Storage.Meetings;

/// <summary>
/// <see cref="IMeetingRepository"/> over the shared LiteDB database: meetings in <c>meetings</c>, the time they hold
/// in <c>meeting_claims</c> (see <see cref="MeetingClaims"/>). Reads go straight to the database; every write is one
/// command on the shared <see cref="LiteDbWriter"/>, so a meeting and its claims commit together or not at all,
/// durable by the next checkpoint (see <see cref="Durability.WithNextCheckpoint"/>) like the other in-turn saves.
/// </summary>
public sealed partial class LiteDbMeetingRepository : IMeetingRepository
{
    /// <summary>The collection holding one document per meeting, history embedded.</summary>
    public const string CollectionName = "meetings";

    private readonly LiteDbContext _context;
    private readonly ILiteCollection<BsonDocument> _meetings;
    private readonly LiteDbWriter _writer;

    /// <summary>Binds the repository to the shared database and writer, ensuring its indexes first.</summary>
    public LiteDbMeetingRepository(LiteDbContext context, LiteDbWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        _context = context;
        _meetings = context.Database.GetCollection(CollectionName);
        _writer = writer;
        _writer.EnsureIndexes(EnsureIndexes);
    }

    /// <inheritdoc />
    public Task<Meeting?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_context.Read(() => _meetings.FindById(id)) is { } document ? Load(document) : null);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Meeting>> FindByRepAsync(string repId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repId);
        if (toUtc < fromUtc)
        {
            throw new ArgumentException($"The range ends ({toUtc:O}) before it starts ({fromUtc:O}).", nameof(toUtc));
        }
        cancellationToken.ThrowIfCancellationRequested();
        return Find(_meetings.Query()
            .Where(Query.EQ(MeetingDocument.RepId, repId))
            .Where(Query.LT(MeetingDocument.Start, BsonValues.From(toUtc)))
            .Where(Query.GT(MeetingDocument.HeldUntil, BsonValues.From(fromUtc))));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Meeting>> FindByLeadAsync(Guid leadId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Find(_meetings.Query().Where(Query.EQ(MeetingDocument.LeadId, leadId)));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Meeting>> FindEndingAfterAsync(DateTimeOffset fromUtc, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Find(_meetings.Query().Where(Query.GT(MeetingDocument.End, BsonValues.From(fromUtc))));
    }

    private Task<IReadOnlyList<Meeting>> Find(ILiteQueryable<BsonDocument> query) =>
        Task.FromResult<IReadOnlyList<Meeting>>([.. _context.Read(() => query.OrderBy(MeetingDocument.Start).ToList()).Select(Load)]);

    private static Meeting Load(BsonDocument document) => Meeting.FromSnapshot(MeetingDocument.ToSnapshot(document));

    private static void EnsureIndexes(LiteDatabase database)
    {
        var meetings = database.GetCollection(CollectionName);
        meetings.EnsureIndex(MeetingDocument.RepId);
        meetings.EnsureIndex(MeetingDocument.LeadId);
        meetings.EnsureIndex(MeetingDocument.End);
    }
}
