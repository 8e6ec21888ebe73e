using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Endpoints;

/// <summary>A stuck deal as <c>GET /api/deals?stuck=true</c> returns it: the deal, why it is stuck in words and as figures.</summary>
/// <param name="Deal">The deal as lists show it.</param>
/// <param name="Reason">Why, as the chat says it: "in Proposal for 16 days, over the 14 days configured for it".</param>
/// <param name="Exceeded">The limits it is past: <c>ConfiguredLimit</c>, <c>MedianDwell</c> or both.</param>
/// <param name="DaysInStage">How long it has been in its stage.</param>
/// <param name="LimitDays">The stage's limit, the shorter of the configured one and the multiple of the median.</param>
public sealed record StuckDealJson(DealSummary Deal, string Reason, IReadOnlyList<StuckBasis> Exceeded, double DaysInStage, double? LimitDays)
{
    /// <summary>The figures of a stuck deal the pipeline watch found.</summary>
    public static StuckDealJson From(StuckDeal stuck)
    {
        ArgumentNullException.ThrowIfNull(stuck);
        return new(stuck.Deal, stuck.Describe(), stuck.Exceeded, Math.Round(stuck.InStage.TotalDays, 2), stuck.Limit.Effective is { } limit ? Math.Round(limit.TotalDays, 2) : null);
    }
}
