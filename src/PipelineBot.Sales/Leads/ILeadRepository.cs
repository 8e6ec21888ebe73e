using PipelineBot.Sales.Deals;

namespace PipelineBot.Sales.Leads;

/// <summary>
/// Where leads live. Saves use optimistic concurrency on <see cref="Lead.Version"/>: a save expecting a version another
/// writer has replaced throws <see cref="ConcurrencyConflictException"/> and writes nothing. Status history is saved
/// with its lead in the same write (entries above the stored <see cref="LeadStatusChange.Sequence"/> are appended);
/// a store may keep them in a separate collection for metrics, but there is no separate history writer to forget.
/// On success a save calls <see cref="Lead.ConfirmSaved"/> with the new version.
/// </summary>
public interface ILeadRepository
{
    /// <summary>Loads a lead by id, for reps and services; conversations use <see cref="GetByVisitorAsync"/>.</summary>
    Task<Lead?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Loads the visitor's own lead, the only lookup a visitor's conversation may use; null when there is none.</summary>
    Task<Lead?> GetByVisitorAsync(VisitorKey visitor, CancellationToken cancellationToken = default);

    /// <summary>Leads from the given company domain that have an owner, newest assignment first, for owner-first routing.</summary>
    Task<IReadOnlyList<Lead>> FindOwnedByCompanyDomainAsync(string companyDomain, CancellationToken cancellationToken = default);

    /// <summary>
    /// The rep of the most recent <see cref="AssignmentMethod.RoundRobin"/> assignment, or null when there was none:
    /// the round-robin cursor, derived from stored leads so it is persisted by the same write as the assignment.
    /// </summary>
    Task<string?> GetLastRoundRobinRepIdAsync(CancellationToken cancellationToken = default);

    /// <summary>The leads created from <paramref name="from"/> up to, not including, <paramref name="until"/>, for reports.</summary>
    Task<IReadOnlyList<Lead>> FindCreatedBetweenAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>
    /// The leads that <see cref="Lead.AwaitsOwner"/> whose <see cref="Lead.LastActivityAt"/> is at or before
    /// <paramref name="quietSince"/>, of one owner or (null) every owner: the candidates for "gone silent".
    /// </summary>
    Task<IReadOnlyList<Lead>> FindAwaitingOwnerQuietSinceAsync(DateTimeOffset quietSince, string? ownerRepId, CancellationToken cancellationToken = default);

    /// <summary>Saves the lead and its new history entries in one write.</summary>
    Task SaveAsync(Lead lead, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the lead, its new history entries and the deal its qualification opened (if any) in one atomic write, so
    /// a failed write never leaves half a deal. The lead's version is checked; a new deal must not exist yet.
    /// </summary>
    Task SaveQualificationAsync(Lead lead, Deal? openedDeal, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the lead, its new history entries and its stored deal in one atomic write, both versions checked, for
    /// changes that must not land apart, such as handing both to another rep.
    /// </summary>
    Task SaveWithDealAsync(Lead lead, Deal deal, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves many leads and deals, new or changed, in one atomic write, as an import needs: every version is checked
    /// first, and if anything fails nothing is written. Each lead or deal may appear once.
    /// </summary>
    Task SaveBatchAsync(IReadOnlyCollection<Lead> leads, IReadOnlyCollection<Deal> deals, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a lead after <see cref="Lead.ErasePersonalData"/> and makes sure no earlier copy of its personal data is
    /// left in the store (e.g. old pages or log entries), keeping the anonymous fields and history.
    /// </summary>
    Task EraseAsync(Lead lead, CancellationToken cancellationToken = default);
}
