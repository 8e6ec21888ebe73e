using LiteDB;
using PipelineBot.Sales;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Storage.Meetings;

/// <summary>
/// Writes: one writer command each that checks the version, swaps the meeting's claims for the ones its new state
/// needs and stores the meeting, all in the writer's transaction. Because that transaction is the only writer's and
/// claims are unique keys, no interleaving of callers can leave a rep with overlapping meetings.
/// </summary>
public sealed partial class LiteDbMeetingRepository
{
    /// <inheritdoc />
    public async Task BookAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Version != 0)
        {
            throw new ArgumentException($"Meeting {meeting.Id} is already stored (version {meeting.Version}); save changes with SaveAsync.", nameof(meeting));
        }
        await WriteAsync(meeting, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task SaveAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Version == 0)
        {
            throw new ArgumentException($"Meeting {meeting.Id} has not been booked in the store yet; use BookAsync.", nameof(meeting));
        }
        await WriteAsync(meeting, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        // The snapshot is taken here, on the caller's thread; the writer thread never touches the aggregate.
        var snapshot = meeting.ToSnapshot();
        long version;
        try
        {
            version = await _writer.ExecuteAsync((database, _) => Write(database, snapshot), Durability.WithNextCheckpoint, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            // The meeting's own id was checked in the same transaction, so only a claim can have clashed.
            throw new SlotTakenException($"Rep '{snapshot.RepId}' already has a meeting in the time meeting {snapshot.Id} wants ({snapshot.Time}).", exception);
        }
        meeting.ConfirmSaved(version);
    }

    /// <summary>Applies a write inside the writer's batch transaction; returns the meeting's new version.</summary>
    /// <exception cref="ConcurrencyConflictException">The stored version differs; thrown before anything is written.</exception>
    /// <exception cref="SlotTakenException">Another meeting holds some of the time; thrown before anything is written.</exception>
    private static long Write(LiteDatabase database, MeetingSnapshot meeting)
    {
        var meetings = database.GetCollection(CollectionName);
        // Inside the batch transaction this sees the batch's earlier commands, so two writes expecting one version
        // in the same batch cannot both pass.
        var stored = meetings.FindById(meeting.Id);
        var storedVersion = stored?[MeetingDocument.Version].AsInt64 ?? 0;
        if (storedVersion != meeting.Version)
        {
            throw new ConcurrencyConflictException($"Meeting {meeting.Id} is at version {storedVersion}, not {meeting.Version}.");
        }
        var held = stored is null ? [] : MeetingClaims.Of(MeetingDocument.ToSnapshot(stored));
        var wanted = MeetingClaims.Of(meeting);
        var newClaims = wanted.Except(held).ToList();
        var claims = database.GetCollection(MeetingClaims.CollectionName);
        // The unique key below is the guarantee. Looking first lets a lost race be refused on its own, before this
        // command writes anything; a failing insert would undo and retry the whole batch, everyone else's writes too.
        if (newClaims.Select(id => claims.FindById(id)).FirstOrDefault(claim => claim is not null) is { } taken)
        {
            throw new SlotTakenException(
                $"Rep '{meeting.RepId}' cannot have meeting {meeting.Id} at {meeting.Time}: meeting {taken[MeetingClaims.MeetingId].AsGuid} holds some of that time or its buffer.");
        }
        foreach (var id in held.Except(wanted))
        {
            claims.Delete(id);
        }
        foreach (var id in newClaims)
        {
            // Insert, never upsert: a grain another meeting holds fails the whole transaction.
            claims.Insert(MeetingClaims.Create(id, meeting.Id));
        }
        var version = storedVersion + 1;
        meetings.Upsert(MeetingDocument.Create(meeting, version));
        return version;
    }
}
