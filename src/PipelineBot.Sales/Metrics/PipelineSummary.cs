using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Sales.Metrics;

/// <summary>A pipeline's open deals by stage: how many, what they are worth, and that weighted by each stage's win probability.</summary>
/// <param name="Pipeline">The pipeline.</param>
/// <param name="Currency">The currency of the values; deals in another count but add no value.</param>
/// <param name="Stages">One row per open stage, in pipeline order, empty stages included.</param>
public sealed record PipelineSummary(string Pipeline, string Currency, IReadOnlyList<StageSummary> Stages)
{
    /// <summary>Open deals in the pipeline.</summary>
    public int Deals => Stages.Sum(s => s.Deals);

    /// <summary>Their summed value.</summary>
    public decimal Value => Stages.Sum(s => s.Value);

    /// <summary>Their summed weighted value: what the pipeline is expected to bring.</summary>
    public decimal WeightedValue => Stages.Sum(s => s.WeightedValue);

    /// <summary>Summarises the open deals of the pipeline among <paramref name="deals"/>; others are ignored.</summary>
    public static PipelineSummary Of(SalesPipeline pipeline, IEnumerable<DealSummary> deals, DealValuation valuation)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(valuation);
        var open = deals.Where(d => d.Outcome == DealOutcome.Open && string.Equals(d.Pipeline, pipeline.Name, StringComparison.OrdinalIgnoreCase)).ToList();
        var rows = pipeline.OpenStages.Select(stage =>
        {
            var inStage = open.Where(d => string.Equals(d.Stage, stage.Name, StringComparison.OrdinalIgnoreCase)).ToList();
            var value = inStage.Sum(d => valuation.ValueOf(d.Value) ?? 0m);
            return new StageSummary(stage.Name, stage.WinProbability, inStage.Count, value, value * stage.WinProbability);
        });
        return new PipelineSummary(pipeline.Name, valuation.Currency, [.. rows]);
    }
}
