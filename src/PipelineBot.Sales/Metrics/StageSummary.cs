namespace PipelineBot.Sales.Metrics;

/// <summary>One open stage's row of a <see cref="PipelineSummary"/>.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="WinProbability">Its configured win probability.</param>
/// <param name="Deals">Open deals in it.</param>
/// <param name="Value">Their summed value in the reporting currency.</param>
/// <param name="WeightedValue">Value × win probability.</param>
public sealed record StageSummary(string Stage, decimal WinProbability, int Deals, decimal Value, decimal WeightedValue);
