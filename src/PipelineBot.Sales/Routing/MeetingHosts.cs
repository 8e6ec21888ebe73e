using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Sales.Routing;

/// <summary>
/// Which reps a lead's visitor may book a call with. Round-robin only picked the owner for being next in turn, so
/// until the owner accepts the lead any rep of the same pool may take the call, and the lead with it. An owner chosen
/// for the company (owner-first) or by hand, or one who accepted the lead, keeps it: the call is theirs.
/// </summary>
public sealed class MeetingHosts(LeadRouter router, FitScorer fit)
{
    /// <summary>
    /// The reps to offer, owner first: none for a lead without an owner, the owner alone unless the lead is a
    /// round-robin SQL, else the owner and then the rest of <see cref="LeadRouter.RoundRobinPool"/> for its region
    /// and segment, in turn order.
    /// </summary>
    public IReadOnlyList<string> For(Lead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        if (lead.OwnerRepId is not { } owner)
        {
            return [];
        }
        if (lead is not { Status: LeadStatus.Sql, OwnerAssignedBy: AssignmentMethod.RoundRobin })
        {
            return [owner];
        }
        var pool = router.RoundRobinPool(lead.Region, fit.BandOf(lead.CompanySize)?.Name);
        return [owner, .. pool.Select(rep => rep.Id).Where(id => id != owner)];
    }
}
