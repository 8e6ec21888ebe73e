using PipelineBot.Sales.Deals;

namespace PipelineBot.Sales.Pipeline;

/// <summary>An open deal as the pipeline checks see it.</summary>
/// <param name="Deal">The deal.</param>
/// <param name="Reasons">Why it needs attention, most urgent first; empty when it does not.</param>
/// <param name="Stuck">Why it is stuck, when it is.</param>
/// <param name="QuietFor">How long since anything was recorded on it.</param>
/// <param name="WeightedValue">Its value in the reporting currency × its stage's win probability.</param>
public sealed record DealAttention(DealSummary Deal, IReadOnlyList<AttentionReason> Reasons, StuckDeal? Stuck, TimeSpan QuietFor, decimal WeightedValue)
{
    /// <summary>True when the deal needs attention for that reason.</summary>
    public bool Has(AttentionReason reason) => Reasons.Contains(reason);
}
