namespace PipelineBot.Sales.Deals;

/// <summary>A deal's full state as plain data, for stores to map without reaching into the aggregate.</summary>
public sealed record DealSnapshot
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

    /// <summary>See <see cref="Deal.Outcome"/>.</summary>
    public DealOutcome Outcome { get; init; }

    /// <summary>See <see cref="Deal.OpenedAt"/>.</summary>
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>See <see cref="Deal.ClosedAt"/>.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>See <see cref="Deal.CloseReason"/>.</summary>
    public string? CloseReason { get; init; }

    /// <summary>See <see cref="Deal.Value"/>.</summary>
    public Money? Value { get; init; }

    /// <summary>See <see cref="Deal.ExpectedClose"/>.</summary>
    public DateOnly? ExpectedClose { get; init; }

    /// <summary>See <see cref="Deal.NextStep"/>.</summary>
    public NextStep? NextStep { get; init; }

    /// <summary>See <see cref="Deal.Notes"/>.</summary>
    public IReadOnlyList<DealNote> Notes { get; init; } = [];

    /// <summary>See <see cref="Deal.History"/>; entries numbered 1..n in order.</summary>
    public IReadOnlyList<DealChange> History { get; init; } = [];

    /// <summary>See <see cref="Deal.Version"/>.</summary>
    public long Version { get; init; }
}
