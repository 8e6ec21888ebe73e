using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Sales.Deals;

/// <summary>
/// A stage move checked against the deal's pipeline. Backward moves and skipped stages are allowed, since reps know
/// things the pipeline does not, but flagged so the chat can ask before making them.
/// </summary>
/// <param name="From">The stage the deal is in.</param>
/// <param name="To">The stage it moves to.</param>
/// <param name="IsBackward">True when the target comes earlier in the pipeline, e.g. reopening a lost deal.</param>
/// <param name="SkippedStages">Open stages between the two that the deal passes over; none when it is lost, which may happen from anywhere.</param>
public sealed record StageMove(string From, PipelineStage To, bool IsBackward, IReadOnlyList<string> SkippedStages)
{
    /// <summary>True when the rep should confirm the move first.</summary>
    public bool NeedsConfirmation => IsBackward || SkippedStages.Count > 0;
}
