using LiteDB;
using PipelineBot.Sales.Meetings.Notices;

namespace PipelineBot.Storage.Meetings;

/// <summary>
/// <see cref="IMeetingNoticeLog"/> in the shared database, one <c>meeting_notices</c> document per notice keyed by
/// <see cref="MeetingNotice.Key"/>. A claim is a compare-and-set inside the writer's transaction, which only one
/// command runs at a time, and is checkpointed before it is acknowledged, as is the outcome: a notice claimed or sent
/// before a crash is still claimed or sent after it, whatever <see cref="LiteDbStorageOptions.CheckpointInterval"/> says.
/// </summary>
public sealed class LiteDbMeetingNoticeLog : IMeetingNoticeLog
{
    /// <summary>The collection holding one document per notice ever claimed.</summary>
    public const string CollectionName = "meeting_notices";

    private const string MeetingId = "meetingId";
    private const string Status = "status";
    private const string Attempts = "attempts";
    private const string Until = "until";
    private const string ClaimId = "claimId";
    private const string SettledAt = "settledAt";

    private readonly LiteDbContext _context;
    private readonly ILiteCollection<BsonDocument> _notices;
    private readonly LiteDbWriter _writer;

    /// <summary>Binds the log to the shared database and writer, creating its collection first.</summary>
    public LiteDbMeetingNoticeLog(LiteDbContext context, LiteDbWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        _context = context;
        _notices = context.Database.GetCollection(CollectionName);
        _writer = writer;
        _writer.EnsureIndexes(database => database.GetCollection(CollectionName).EnsureIndex(MeetingId));
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, MeetingNoticeRecord>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var documents = _context.Read(() => keys.Distinct().Select(key => _notices.FindById(key)).OfType<BsonDocument>().ToList());
        return Task.FromResult<IReadOnlyDictionary<string, MeetingNoticeRecord>>(documents.Select(ToRecord).ToDictionary(record => record.Key, StringComparer.Ordinal));
    }

    /// <inheritdoc />
    public Task<MeetingNoticeClaim?> TryClaimAsync(MeetingNotice notice, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return _writer.ExecuteAsync((database, _) =>
        {
            var notices = database.GetCollection(CollectionName);
            var stored = notices.FindById(notice.Key) is { } document ? ToRecord(document) : null;
            if (stored is not null && !stored.MayClaim(now))
            {
                return null;
            }
            var claim = new MeetingNoticeClaim(notice.Key, Guid.NewGuid(), (stored?.Attempts ?? 0) + 1);
            notices.Upsert(new BsonDocument
            {
                ["_id"] = notice.Key,
                [MeetingId] = notice.MeetingId,
                [Status] = nameof(MeetingNoticeStatus.Sending),
                [Attempts] = claim.Attempt,
                [Until] = BsonValues.From(now + lease),
                [ClaimId] = claim.ClaimId,
                [SettledAt] = BsonValue.Null,
            });
            return claim;
        }, Durability.Checkpointed, cancellationToken);
    }

    /// <inheritdoc />
    public Task CompleteAsync(MeetingNoticeClaim claim, MeetingNoticeStatus outcome, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (outcome is not (MeetingNoticeStatus.Sent or MeetingNoticeStatus.Dropped))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "A notice is completed as sent or dropped.");
        }
        // Whoever holds the notice now, this attempt's outcome is a fact: a sent notice stays sent.
        return UpdateAsync(claim, _ => true, document =>
        {
            document[Status] = outcome.ToString();
            document[SettledAt] = BsonValues.From(now);
        }, Durability.Checkpointed, cancellationToken);
    }

    /// <inheritdoc />
    public Task FailAsync(MeetingNoticeClaim claim, DateTimeOffset retryAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        // Losing this write to a crash only leaves the claim to lapse, so it need not wait for a checkpoint.
        return UpdateAsync(claim, document => document[ClaimId].AsGuid == claim.ClaimId && document[Status].AsString == nameof(MeetingNoticeStatus.Sending), document =>
        {
            document[Status] = nameof(MeetingNoticeStatus.Failed);
            document[Until] = BsonValues.From(retryAt);
        }, Durability.Batch, cancellationToken);
    }

    private async Task UpdateAsync(
        MeetingNoticeClaim claim, Func<BsonDocument, bool> applies, Action<BsonDocument> change, Durability durability, CancellationToken cancellationToken) =>
        await _writer.ExecuteAsync((database, _) =>
        {
            var notices = database.GetCollection(CollectionName);
            if (notices.FindById(claim.Key) is { } document && applies(document))
            {
                change(document);
                notices.Update(document);
            }
            return true;
        }, durability, cancellationToken);

    private static MeetingNoticeRecord ToRecord(BsonDocument document) => new(
        document["_id"].AsString,
        BsonValues.ToEnum<MeetingNoticeStatus>(document[Status]),
        document[Attempts].AsInt32,
        BsonValues.ToDateTimeOffset(document[Until]));
}
