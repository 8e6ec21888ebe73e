using PipelineBot.Sales.Deals;

namespace PipelineBot.Sales.Pipeline;

/// <summary>A stage of a <see cref="SalesPipeline"/>, as configured.</summary>
/// <param name="Pipeline">The name of the pipeline it belongs to.</param>
/// <param name="Name">The stage's name as configured; deals store it.</param>
/// <param name="Position">0-based place in its pipeline: a move to a lower position is backward.</param>
/// <param name="WinProbability">The chance a deal here is won, from 0 to 1.</param>
/// <param name="StuckAfter">How long a deal may sit here before it is stuck; null for no configured limit.</param>
/// <param name="Outcome">What being in this stage means for a deal: open, won or lost.</param>
public sealed record PipelineStage(string Pipeline, string Name, int Position, decimal WinProbability, TimeSpan? StuckAfter, DealOutcome Outcome)
{
    /// <summary>True for a stage deals pass through, false for one that closes them.</summary>
    public bool IsOpen => Outcome == DealOutcome.Open;
}
