namespace PipelineBot.Sales.Pipeline;

/// <summary>
/// When a deal counts as stuck besides its stage's configured <see cref="PipelineStageOptions.StuckAfter"/>: once a
/// stage has enough finished dwells, a deal is also stuck when it has sat there longer than a multiple of their median.
/// A configured limit is a guess; the median is what actually happens in this team's pipeline.
/// </summary>
public sealed class StuckDealOptions
{
    /// <summary>How many medians a deal may sit in a stage before it is stuck.</summary>
    public decimal MedianMultiple { get; set; } = 2m;

    /// <summary>How many finished dwells a stage needs before its median counts; fewer say too little.</summary>
    public int MinimumDwells { get; set; } = 5;

    /// <summary>
    /// How many of the stage's most recent finished dwells the median is taken over: recent ones describe the team as
    /// it works now, and a bounded number keeps the stuck query fast however long the history grows.
    /// </summary>
    public int RecentDwells { get; set; } = 200;
}
