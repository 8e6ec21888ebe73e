using PipelineBot.Sales.Leads;

namespace PipelineBot.Sales.Routing;

/// <summary>
/// Chooses a lead's owner: owner-first for a returning company, else round-robin among the reps covering the lead's
/// region and segment (all active reps when none does). Pure: the round-robin cursor is the last round-robin rep,
/// which the caller reads from storage (<see cref="ILeadRepository.GetLastRoundRobinRepIdAsync"/>), so turns survive
/// restarts and tests can replay them.
/// </summary>
public sealed class LeadRouter(RoutingOptions options)
{
    /// <summary>Routes a lead.</summary>
    /// <param name="lead">The lead to route; its company domain, region are read.</param>
    /// <param name="segment">The lead's segment (size band), e.g. from <c>FitScore.Segment</c>.</param>
    /// <param name="sameCompanyLeads">Owned leads from the same company domain, as the repository finds them.</param>
    /// <param name="lastRoundRobinRepId">The rep who got the previous round-robin lead, or null for none.</param>
    public RoutingDecision Route(Lead lead, string? segment, IEnumerable<Lead> sameCompanyLeads, string? lastRoundRobinRepId)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(sameCompanyLeads);
        var active = options.Reps.Where(r => r.Active).ToList();
        if (active.Count == 0)
        {
            return RoutingDecision.Unassigned("no active reps are configured");
        }
        if (CompanyOwner(lead, sameCompanyLeads, active) is { } owner)
        {
            return new(owner, AssignmentMethod.OwnerFirst, $"owns an earlier lead from {lead.CompanyDomain}");
        }
        var pool = RoundRobinPool(lead.Region, segment);
        var next = NextInTurn(pool, lastRoundRobinRepId);
        var why = pool.Any(r => r.Covers(lead.Region, segment))
            ? $"next in turn for region '{lead.Region ?? "unknown"}' and segment '{segment ?? "unknown"}'"
            : $"next in turn among all active reps: none covers region '{lead.Region ?? "unknown"}' and segment '{segment ?? "unknown"}'";
        return new(next.Id, AssignmentMethod.RoundRobin, why);
    }

    /// <summary>
    /// The reps a lead from the region and segment takes turns among, in configured order: the active reps covering
    /// both, else every active rep; empty when no rep is active.
    /// </summary>
    public IReadOnlyList<Rep> RoundRobinPool(string? region, string? segment)
    {
        var active = options.Reps.Where(r => r.Active).ToList();
        var eligible = active.Where(r => r.Covers(region, segment)).ToList();
        return eligible.Count > 0 ? eligible : active;
    }

    private string? CompanyOwner(Lead lead, IEnumerable<Lead> sameCompanyLeads, List<Rep> active)
    {
        var domain = lead.CompanyDomain;
        if (domain is null || options.IsSharedEmailDomain(domain))
        {
            return null;
        }
        return sameCompanyLeads
            .Where(l => l.Id != lead.Id && l.OwnerRepId is not null && string.Equals(l.CompanyDomain, domain, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(l => l.OwnerAssignedAt)
            .Select(l => l.OwnerRepId)
            .FirstOrDefault(id => active.Any(r => r.Id == id));
    }

    /// <summary>The first rep of the pool after the last one in configured order, wrapping around.</summary>
    private Rep NextInTurn(IReadOnlyList<Rep> pool, string? lastRepId)
    {
        var lastIndex = options.Reps.FindIndex(r => r.Id == lastRepId);
        return pool.FirstOrDefault(r => options.Reps.IndexOf(r) > lastIndex) ?? pool[0];
    }
}
