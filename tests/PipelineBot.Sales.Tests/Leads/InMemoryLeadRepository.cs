using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Sales.Tests.Leads;

/// <summary>A lead repository over snapshots in memory, with the version checks and atomic lead-and-deal saves of the contract.</summary>
internal sealed class InMemoryLeadRepository : ILeadRepository
{
    private readonly Dictionary<Guid, LeadSnapshot> _leads = [];

    public Dictionary<Guid, DealSnapshot> Deals { get; } = [];

    public int Writes { get; private set; }

    public bool FailNextWrite { get; set; }

    public void Add(Lead lead) => Write(lead, null);

    public Task<Lead?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_leads.TryGetValue(id, out var s) ? Lead.FromSnapshot(s) : null);

    public Task<Lead?> GetByVisitorAsync(VisitorKey visitor, CancellationToken cancellationToken = default) =>
        Task.FromResult(_leads.Values.Where(s => s.Visitor == visitor).Select(Lead.FromSnapshot).FirstOrDefault());

    public Task<IReadOnlyList<Lead>> FindOwnedByCompanyDomainAsync(string companyDomain, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Lead>>([.. _leads.Values.Select(Lead.FromSnapshot)
            .Where(l => l.OwnerRepId is not null && l.CompanyDomain == companyDomain)
            .OrderByDescending(l => l.OwnerAssignedAt)]);

    public Task<string?> GetLastRoundRobinRepIdAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(_leads.Values.Where(s => s.OwnerAssignedBy == AssignmentMethod.RoundRobin)
            .OrderByDescending(s => s.OwnerAssignedAt).Select(s => s.OwnerRepId).FirstOrDefault());

    public Task<IReadOnlyList<Lead>> FindCreatedBetweenAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Lead>>([.. _leads.Values.Where(s => s.CreatedAt >= from && s.CreatedAt < until).Select(Lead.FromSnapshot)]);

    public Task<IReadOnlyList<Lead>> FindAwaitingOwnerQuietSinceAsync(DateTimeOffset quietSince, string? ownerRepId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Lead>>([.. _leads.Values.Select(Lead.FromSnapshot)
            .Where(l => l.AwaitsOwner && l.LastActivityAt <= quietSince && (ownerRepId is null || l.OwnerRepId == ownerRepId))]);

    public Task SaveAsync(Lead lead, CancellationToken cancellationToken = default) => SaveQualificationAsync(lead, null, cancellationToken);

    public Task SaveBatchAsync(IReadOnlyCollection<Lead> leads, IReadOnlyCollection<Deal> deals, CancellationToken cancellationToken = default)
    {
        if (leads.FirstOrDefault(l => (_leads.TryGetValue(l.Id, out var s) ? s.Version : 0) != l.Version) is { } stale)
        {
            throw new ConcurrencyConflictException($"Lead {stale.Id} is not at version {stale.Version}.");
        }
        foreach (var lead in leads)
        {
            Write(lead, null);
        }
        foreach (var deal in deals)
        {
            deal.ConfirmSaved(deal.Version + 1);
            Deals[deal.Id] = deal.ToSnapshot();
        }
        return Task.CompletedTask;
    }

    public Task SaveQualificationAsync(Lead lead, Deal? openedDeal, CancellationToken cancellationToken = default)
    {
        Write(lead, openedDeal);
        return Task.CompletedTask;
    }

    public Task SaveWithDealAsync(Lead lead, Deal deal, CancellationToken cancellationToken = default)
    {
        var stored = Deals.TryGetValue(deal.Id, out var s) ? s.Version : 0;
        if (stored != deal.Version)
        {
            throw new ConcurrencyConflictException($"Deal {deal.Id} is at version {stored}, not {deal.Version}.");
        }
        Write(lead, deal);
        return Task.CompletedTask;
    }

    public Task EraseAsync(Lead lead, CancellationToken cancellationToken = default) => SaveAsync(lead, cancellationToken);

    private void Write(Lead lead, Deal? deal)
    {
        var stored = _leads.TryGetValue(lead.Id, out var s) ? s.Version : 0;
        if (stored != lead.Version)
        {
            throw new ConcurrencyConflictException($"Lead {lead.Id} is at version {stored}, not {lead.Version}.");
        }
        if (FailNextWrite)
        {
            FailNextWrite = false;
            throw new IOException("disk full");
        }
        lead.ConfirmSaved(stored + 1);
        _leads[lead.Id] = lead.ToSnapshot();
        if (deal is not null)
        {
            deal.ConfirmSaved(deal.Version + 1);
            Deals[deal.Id] = deal.ToSnapshot();
        }
        Writes++;
    }
}
