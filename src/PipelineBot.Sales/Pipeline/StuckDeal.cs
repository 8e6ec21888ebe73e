using System.Globalization;
using PipelineBot.Sales.Deals;

namespace PipelineBot.Sales.Pipeline;

/// <summary>A deal that has sat in its stage too long, and why it counts as stuck.</summary>
/// <param name="Deal">The deal.</param>
/// <param name="InStage">How long it has been in its stage.</param>
/// <param name="Limit">The stage's limits.</param>
/// <param name="Exceeded">The limits it is past: one or both.</param>
public sealed record StuckDeal(DealSummary Deal, TimeSpan InStage, StageLimit Limit, IReadOnlyList<StuckBasis> Exceeded)
{
    /// <summary>Says why in English, e.g. "in Proposal for 16 days, over the 14 days configured for it".</summary>
    public string Describe()
    {
        var reasons = Exceeded.Select(basis => basis switch
        {
            StuckBasis.ConfiguredLimit => $"over the {Days(Limit.Configured!.Value)} configured for it",
            _ => $"over {Limit.MedianLimit!.Value / Limit.Median!.Value:0.##} × its median of {Days(Limit.Median.Value)} (last {Limit.Dwells} deals)",
        });
        return $"in {Limit.Stage.Name} for {Days(InStage)}, {string.Join(" and ", reasons)}";
    }

    private static string Days(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays:0.#} days");
}
