namespace PipelineBot.Sales.Deals;

/// <summary>
/// Where deals live, with the same optimistic concurrency as leads: a save expecting a version another writer has
/// replaced throws <see cref="ConcurrencyConflictException"/> and writes nothing. A deal opened by qualification is
/// saved through <see cref="Leads.ILeadRepository.SaveQualificationAsync"/> together with its lead, not here. The
/// queries serve the pipeline checks and reports, which do their arithmetic on what they return: lists of
/// <see cref="DealSummary"/>, and whole deals where a report needs their history.
/// </summary>
public interface IDealRepository
{
    /// <summary>Loads a deal by id; null when there is none.</summary>
    Task<Deal?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Saves the deal, its new history entries and notes in one write, checking <see cref="Deal.Version"/>.</summary>
    Task SaveAsync(Deal deal, CancellationToken cancellationToken = default);

    /// <summary>The open deals, of one owner or (null) of everyone.</summary>
    Task<IReadOnlyList<DealSummary>> FindOpenAsync(string? ownerRepId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The deals in the stage of the pipeline that entered it before the given time, of one owner or (null) of
    /// everyone: the candidates for being stuck there.
    /// </summary>
    Task<IReadOnlyList<DealSummary>> FindEnteredStageBeforeAsync(
        string pipeline, string stage, DateTimeOffset enteredBefore, string? ownerRepId, CancellationToken cancellationToken = default);

    /// <summary>How long deals stayed in the stage of the pipeline before leaving it, at most <paramref name="count"/> of the latest, newest first.</summary>
    Task<IReadOnlyList<TimeSpan>> GetRecentDwellsAsync(string pipeline, string stage, int count, CancellationToken cancellationToken = default);

    /// <summary>The open deals expected to close on a day from <paramref name="from"/> up to, not including, <paramref name="until"/>.</summary>
    Task<IReadOnlyList<DealSummary>> FindOpenExpectedToCloseAsync(DateOnly from, DateOnly until, string? ownerRepId, CancellationToken cancellationToken = default);

    /// <summary>The deals open now or won or lost at or after <paramref name="since"/>: everything a report from then on counts.</summary>
    Task<IReadOnlyList<Deal>> FindOpenOrClosedSinceAsync(DateTimeOffset since, string? ownerRepId, CancellationToken cancellationToken = default);
}
