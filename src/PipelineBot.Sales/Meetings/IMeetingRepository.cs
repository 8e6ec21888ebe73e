namespace PipelineBot.Sales.Meetings;

/// <summary>
/// Where meetings live, and the guard against double booking: a write that would give a rep two meetings whose
/// <see cref="Meeting.HeldTime"/> (meeting plus buffer) overlap is refused by the store as part of that same write,
/// with <see cref="SlotTakenException"/>, however many callers race for the time. Writes use optimistic concurrency on
/// <see cref="Meeting.Version"/> like leads: a stale version throws <see cref="ConcurrencyConflictException"/>. A
/// refused write changes nothing. On success the meeting is told its new version through <see cref="Meeting.ConfirmSaved"/>.
/// </summary>
public interface IMeetingRepository
{
    /// <summary>Loads a meeting by id; null when there is none.</summary>
    Task<Meeting?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// A rep's meetings, cancelled ones included, whose held time overlaps <paramref name="fromUtc"/> to
    /// <paramref name="toUtc"/>, earliest first: what finding that rep's free slots needs.
    /// </summary>
    Task<IReadOnlyList<Meeting>> FindByRepAsync(string repId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken = default);

    /// <summary>All meetings of a lead, cancelled ones included, earliest first.</summary>
    Task<IReadOnlyList<Meeting>> FindByLeadAsync(Guid leadId, CancellationToken cancellationToken = default);

    /// <summary>
    /// All meetings, cancelled ones included, that end after <paramref name="fromUtc"/>, earliest first: what reminders
    /// and no-show follow-ups look at.
    /// </summary>
    Task<IReadOnlyList<Meeting>> FindEndingAfterAsync(DateTimeOffset fromUtc, CancellationToken cancellationToken = default);

    /// <summary>Stores a newly booked meeting and reserves its held time on the rep's calendar.</summary>
    /// <exception cref="SlotTakenException">Another meeting of the rep holds some of that time.</exception>
    /// <exception cref="ConcurrencyConflictException">A meeting with this id is stored already.</exception>
    Task BookAsync(Meeting meeting, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a stored meeting after any verb, checking its version. The rep's calendar follows in the same write: a
    /// reschedule swaps the old time for the new one, a cancellation frees it.
    /// </summary>
    /// <exception cref="SlotTakenException">A reschedule wants time another meeting of the rep holds; the old time stays booked.</exception>
    /// <exception cref="ConcurrencyConflictException">The meeting was changed since it was loaded.</exception>
    Task SaveAsync(Meeting meeting, CancellationToken cancellationToken = default);
}
