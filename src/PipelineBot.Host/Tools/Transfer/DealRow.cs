using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Tools.Transfer;

/// <summary>The deal part of a <see cref="LeadRow"/>: where the deal stands now, without the history that led there.</summary>
public sealed record DealRow
{
    /// <summary>The deal's id.</summary>
    public required Guid DealId { get; init; }

    /// <summary>The stage the deal is in, which names its pipeline too.</summary>
    public required PipelineStage Stage { get; init; }

    /// <summary>When the deal entered <see cref="Stage"/>; the opening time for the pipeline's first stage.</summary>
    public required DateTimeOffset EnteredStageAt { get; init; }

    /// <summary>What the deal is worth.</summary>
    public Money? Value { get; init; }

    /// <summary>The day the deal is expected to close.</summary>
    public DateOnly? ExpectedClose { get; init; }

    /// <summary>What the owner will do next, and by when.</summary>
    public NextStep? NextStep { get; init; }

    /// <summary>Why the deal was won or lost; set exactly when <see cref="Stage"/> closes deals.</summary>
    public string? CloseReason { get; init; }
}
