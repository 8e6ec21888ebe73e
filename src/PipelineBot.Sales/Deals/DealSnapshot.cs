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

    /// <summary>See <see cref="Deal.Stage"/>.</summary>
    public required string Stage { get; init; }

    /// <summary>See <see cref="Deal.OpenedAt"/>.</summary>
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>See <see cref="Deal.StageHistory"/>.</summary>
    public IReadOnlyList<DealStageChange> StageHistory { get; init; } = [];

    /// <summary>See <see cref="Deal.Version"/>.</summary>
    public long Version { get; init; }
}
