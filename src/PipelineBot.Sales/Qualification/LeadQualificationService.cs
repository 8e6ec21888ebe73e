using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Routing;

namespace PipelineBot.Sales.Qualification;

/// <summary>
/// The qualification step end to end, so dialogs hold no business rules: decide, and for a new SQL route an owner and
/// open a deal in the default pipeline, then save lead, history and deal in one atomic write. If anything fails nothing is saved.
/// </summary>
public sealed class LeadQualificationService(
    LeadQualifier qualifier,
    LeadRouter router,
    ILeadRepository leads,
    PipelineCatalog pipelines,
    TimeProvider time)
{
    /// <summary>Qualifies the lead and persists the outcome.</summary>
    /// <param name="lead">The lead, as loaded for the visitor.</param>
    /// <param name="script">The current question script.</param>
    /// <param name="cancellationToken">Cancels the lookups and the save.</param>
    /// <exception cref="SalesDomainException">The lead's status does not allow qualification.</exception>
    /// <exception cref="ConcurrencyConflictException">The lead changed since it was loaded; reload and retry.</exception>
    public async Task<QualificationResult> QualifyAsync(
        Lead lead, QualificationScript script, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var now = time.GetUtcNow();
        var decision = qualifier.Qualify(lead, script, now);
        RoutingDecision? routing = null;
        Deal? deal = null;
        if (decision.Outcome == LeadStatus.Sql && lead.DealId is null)
        {
            var sameCompany = lead.CompanyDomain is { } domain
                ? await leads.FindOwnedByCompanyDomainAsync(domain, cancellationToken)
                : [];
            var last = await leads.GetLastRoundRobinRepIdAsync(cancellationToken);
            routing = router.Route(lead, decision.Fit.Segment, sameCompany, last);
            if (routing is { RepId: { } repId, Method: { } method })
            {
                lead.AssignOwner(repId, method, now);
            }
            deal = Deal.Open(Guid.NewGuid(), lead, pipelines.Default, Actor.System, now);
        }
        await leads.SaveQualificationAsync(lead, deal, cancellationToken);
        return new QualificationResult(decision, routing, deal);
    }
}
