namespace PipelineBot.Sales.Deals;

/// <summary>
/// A deal as lists show it (stuck deals, who to call, the pipeline by stage), without its history and notes: lists
/// read many deals, and reading each one's whole history costs ten times as much. Load the <see cref="Deal"/> by
/// <see cref="Id"/> to change it; a save then checks <see cref="Version"/> as usual.
/// </summary>
public sealed record DealSummary
{
    /// <summary>See <see cref="Deal.Id"/>.</summary>
    public required Guid Id { get; init; }

    /// <summary>See <see cref="Deal.LeadId"/>.</summary>
    public required Guid LeadId { get; init; }

    /// <summary>See <see cref="Deal.Company"/>.</summary>
    public string? Company { get; init; }

    /// <summary>See <see cref="Deal.OwnerRepId"/>.</summary>
    public string? OwnerRepId { get; init; }

    /// <summary>See <see cref="Deal.Pipeline"/>.</summary>
    public required string Pipeline { get; init; }

    /// <summary>See <see cref="Deal.Stage"/>.</summary>
    public required string Stage { get; init; }

    /// <summary>See <see cref="Deal.EnteredStageAt"/>.</summary>
    public required DateTimeOffset EnteredStageAt { get; init; }

    /// <summary>See <see cref="Deal.Outcome"/>.</summary>
    public DealOutcome Outcome { get; init; }

    /// <summary>See <see cref="Deal.OpenedAt"/>.</summary>
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>See <see cref="Deal.Value"/>.</summary>
    public Money? Value { get; init; }

    /// <summary>See <see cref="Deal.ExpectedClose"/>.</summary>
    public DateOnly? ExpectedClose { get; init; }

    /// <summary>See <see cref="Deal.ExpectedClosePushBacks"/>.</summary>
    public int ExpectedClosePushBacks { get; init; }

    /// <summary>See <see cref="Deal.NextStep"/>.</summary>
    public NextStep? NextStep { get; init; }

    /// <summary>See <see cref="Deal.LastActivityAt"/>.</summary>
    public required DateTimeOffset LastActivityAt { get; init; }

    /// <summary>See <see cref="Deal.StuckWarningSnoozedUntil"/>.</summary>
    public DateTimeOffset? StuckWarningSnoozedUntil { get; init; }

    /// <summary>See <see cref="Deal.Version"/>.</summary>
    public long Version { get; init; }
}
