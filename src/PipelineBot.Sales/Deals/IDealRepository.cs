namespace PipelineBot.Sales.Deals;

/// <summary>
/// Where deals live, with the same optimistic concurrency as leads. A deal opened by qualification is saved through
/// <see cref="Leads.ILeadRepository.SaveQualificationAsync"/> together with its lead, not here.
/// </summary>
public interface IDealRepository
{
    /// <summary>Loads a deal by id; null when there is none.</summary>
    Task<Deal?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Saves the deal and its new stage history entries in one write, checking <see cref="Deal.Version"/>.</summary>
    Task SaveAsync(Deal deal, CancellationToken cancellationToken = default);
}
