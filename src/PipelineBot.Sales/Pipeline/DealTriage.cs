using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Metrics;

namespace PipelineBot.Sales.Pipeline;

/// <summary>
/// Which open deals need their owner and why, and in what order to call: pure functions of the deals, the stages'
/// limits and the time, so the rules are tested on fixed data.
/// </summary>
public sealed class DealTriage(DealValuation valuation, TimeSpan silentAfter)
{
    /// <summary>Checks one open deal against every rule.</summary>
    /// <param name="deal">The deal.</param>
    /// <param name="limit">Its stage's limits, or null when its stage is no longer configured.</param>
    /// <param name="today">The company's calendar day, which next steps are due on.</param>
    /// <param name="now">The current time.</param>
    public DealAttention Assess(DealSummary deal, StageLimit? limit, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var reasons = new List<AttentionReason>();
        if (deal.NextStep is not { } step)
        {
            reasons.Add(AttentionReason.NoNextStep);
        }
        else if (step.Due <= today)
        {
            reasons.Add(step.Due < today ? AttentionReason.NextStepOverdue : AttentionReason.NextStepDueToday);
        }
        var stuck = limit is null ? null : StuckRule.Check(deal, limit, now);
        if (stuck is not null)
        {
            reasons.Add(AttentionReason.Stuck);
        }
        var quiet = now - deal.LastActivityAt;
        if (quiet >= silentAfter)
        {
            reasons.Add(AttentionReason.GoneSilent);
        }
        if (deal.ExpectedClosePushBacks > 0)
        {
            reasons.Add(AttentionReason.ExpectedClosePushedBack);
        }
        reasons.Sort();
        return new DealAttention(deal, reasons, stuck, quiet, valuation.WeightedValueOf(deal));
    }

    /// <summary>
    /// "Who should I call today": the deals that need attention, best call first. The rule: the most urgent reason
    /// first, in <see cref="AttentionReason"/> order (a broken promise beats a slow deal, which beats a missing plan);
    /// among equals, the larger weighted value, since a call is worth the money it can move; then the longer quiet,
    /// since the buyer is cooling; then the deal id, so the list does not shuffle between asks.
    /// </summary>
    public static IReadOnlyList<DealAttention> RankCalls(IEnumerable<DealAttention> assessed, int count)
    {
        ArgumentNullException.ThrowIfNull(assessed);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return [.. assessed
            .Where(a => a.Reasons.Count > 0)
            .OrderBy(a => a.Reasons[0])
            .ThenByDescending(a => a.WeightedValue)
            .ThenByDescending(a => a.QuietFor)
            .ThenBy(a => a.Deal.Id)
            .Take(count)];
    }
}
