using PipelineBot.Sales.Deals;

namespace PipelineBot.Sales.Pipeline;

/// <summary>
/// When a deal is stuck: it has been in an open stage longer than the stage's configured
/// <see cref="PipelineStage.StuckAfter"/>, or, once the stage has <see cref="StuckDealOptions.MinimumDwells"/> recent
/// finished dwells, longer than <see cref="StuckDealOptions.MedianMultiple"/> times their median. Pure arithmetic on
/// what the store returns, so the rule is tested on fixed data.
/// </summary>
public sealed class StuckRule(StuckDealOptions options)
{
    /// <summary>The stage's limits, given how long deals recently stayed in it (any order). A closed stage has none.</summary>
    public StageLimit LimitFor(PipelineStage stage, IReadOnlyCollection<TimeSpan> recentDwells)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(recentDwells);
        if (!stage.IsOpen)
        {
            return new StageLimit(stage, null, null, recentDwells.Count, null);
        }
        var median = recentDwells.Count >= options.MinimumDwells ? Median(recentDwells) : (TimeSpan?)null;
        // A zero median (deals clicked through the stage, or imported so) would make every deal there stuck at once.
        var medianLimit = median is { } m && m > TimeSpan.Zero ? TimeSpan.FromTicks((long)(m.Ticks * options.MedianMultiple)) : (TimeSpan?)null;
        return new StageLimit(stage, stage.StuckAfter, median, recentDwells.Count, medianLimit);
    }

    /// <summary>
    /// The deal as stuck, with the limits it is past; null when it is not stuck, not in the limit's stage, or its owner
    /// snoozed the warning past now.
    /// </summary>
    public static StuckDeal? Check(DealSummary deal, StageLimit limit, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(limit);
        if (deal.Outcome != DealOutcome.Open || !string.Equals(deal.Stage, limit.Stage.Name, StringComparison.OrdinalIgnoreCase)
            || deal.StuckWarningSnoozedUntil > now)
        {
            return null;
        }
        var inStage = now - deal.EnteredStageAt;
        var exceeded = new List<StuckBasis>(2);
        if (limit.Configured is { } configured && inStage > configured)
        {
            exceeded.Add(StuckBasis.ConfiguredLimit);
        }
        if (limit.MedianLimit is { } median && inStage > median)
        {
            exceeded.Add(StuckBasis.MedianDwell);
        }
        return exceeded.Count == 0 ? null : new StuckDeal(deal, inStage, limit, exceeded);
    }

    /// <summary>The middle dwell, or the mean of the two middle ones for an even count.</summary>
    private static TimeSpan Median(IReadOnlyCollection<TimeSpan> dwells)
    {
        var sorted = dwells.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : TimeSpan.FromTicks((sorted[middle - 1].Ticks + sorted[middle].Ticks) / 2);
    }
}
