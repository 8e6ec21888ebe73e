namespace PipelineBot.Sales.Deals;

/// <summary>
/// One entry of a deal's append-only history. Values are recorded as text (stage names, <see cref="Money"/>, ISO dates,
/// <see cref="NextStep"/>), since the history is for reading back, while the deal itself holds them typed.
/// </summary>
/// <param name="DealId">The deal that changed.</param>
/// <param name="Sequence">1-based position in the deal's history, without gaps; a store appends only entries above what it holds.</param>
/// <param name="Kind">What changed.</param>
/// <param name="From">The value before, or null when there was none.</param>
/// <param name="To">The value after.</param>
/// <param name="By">Who changed it.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why: required for won and lost, optional otherwise.</param>
public sealed record DealChange(Guid DealId, int Sequence, DealChangeKind Kind, string? From, string To, Actor By, DateTimeOffset At, string? Reason = null)
{
    /// <summary>True for the entries that put the deal in a stage, which stage dwell times are measured between.</summary>
    public bool EntersStage => Kind is DealChangeKind.Opened or DealChangeKind.StageMoved or DealChangeKind.Won or DealChangeKind.Lost or DealChangeKind.Reopened;
}
