namespace PipelineBot.Sales.Pipeline;

/// <summary>How long a deal may sit in a stage before it is stuck, and where that comes from.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Configured">The stage's configured <see cref="PipelineStage.StuckAfter"/>, if any.</param>
/// <param name="Median">The median of the stage's recent finished dwells, once there are enough of them.</param>
/// <param name="Dwells">How many recent finished dwells the median was taken over.</param>
/// <param name="MedianLimit">The median times <see cref="StuckDealOptions.MedianMultiple"/>, when there is a median.</param>
public sealed record StageLimit(PipelineStage Stage, TimeSpan? Configured, TimeSpan? Median, int Dwells, TimeSpan? MedianLimit)
{
    /// <summary>The shorter of the two limits, since exceeding either makes a deal stuck; null when the stage has neither.</summary>
    public TimeSpan? Effective => (Configured, MedianLimit) switch
    {
        ({ } configured, { } median) => configured < median ? configured : median,
        (var configured, var median) => configured ?? median,
    };
}
