namespace PipelineBot.Sales.Deals;

/// <summary>One entry of a deal's append-only stage history; the first has no <paramref name="From"/> stage.</summary>
/// <param name="DealId">The deal that moved.</param>
/// <param name="Sequence">1-based position in the deal's history; a store appends only entries above what it holds.</param>
/// <param name="From">The stage before, or null for the entry that opened the deal.</param>
/// <param name="To">The stage after.</param>
/// <param name="By">Who moved it.</param>
/// <param name="At">When it moved.</param>
public sealed record DealStageChange(Guid DealId, int Sequence, string? From, string To, Actor By, DateTimeOffset At);
