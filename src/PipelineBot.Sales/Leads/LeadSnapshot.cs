namespace PipelineBot.Sales.Leads;

/// <summary>
/// A lead's full state as plain data, for stores to map to and from their format without reaching into the
/// aggregate's private setters. <see cref="Lead.FromSnapshot"/> checks it on the way back in.
/// </summary>
public sealed record LeadSnapshot
{
    /// <summary>See <see cref="Lead.Id"/>.</summary>
    public required Guid Id { get; init; }

    /// <summary>See <see cref="Lead.Visitor"/>.</summary>
    public VisitorKey? Visitor { get; init; }

    /// <summary>See <see cref="Lead.CreatedAt"/>.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>See <see cref="Lead.Name"/>.</summary>
    public string? Name { get; init; }

    /// <summary>The work email as text; see <see cref="Lead.WorkEmail"/>.</summary>
    public string? WorkEmail { get; init; }

    /// <summary>See <see cref="Lead.Company"/>.</summary>
    public string? Company { get; init; }

    /// <summary>See <see cref="Lead.Role"/>.</summary>
    public string? Role { get; init; }

    /// <summary>See <see cref="Lead.Industry"/>.</summary>
    public string? Industry { get; init; }

    /// <summary>See <see cref="Lead.CompanySize"/>.</summary>
    public string? CompanySize { get; init; }

    /// <summary>See <see cref="Lead.Region"/>.</summary>
    public string? Region { get; init; }

    /// <summary>See <see cref="Lead.ConsentGivenAt"/>.</summary>
    public DateTimeOffset? ConsentGivenAt { get; init; }

    /// <summary>See <see cref="Lead.Answers"/>; one per question id.</summary>
    public IReadOnlyList<LeadAnswer> Answers { get; init; } = [];

    /// <summary>See <see cref="Lead.Interactions"/>.</summary>
    public int Interactions { get; init; }

    /// <summary>See <see cref="Lead.LastInteractionAt"/>.</summary>
    public DateTimeOffset? LastInteractionAt { get; init; }

    /// <summary>See <see cref="Lead.Status"/>.</summary>
    public LeadStatus Status { get; init; }

    /// <summary>See <see cref="Lead.MarkedForNurture"/>.</summary>
    public bool MarkedForNurture { get; init; }

    /// <summary>See <see cref="Lead.Score"/>.</summary>
    public LeadScore Score { get; init; } = LeadScore.Zero;

    /// <summary>See <see cref="Lead.Reasons"/>.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>See <see cref="Lead.OwnerRepId"/>.</summary>
    public string? OwnerRepId { get; init; }

    /// <summary>See <see cref="Lead.OwnerAssignedBy"/>.</summary>
    public AssignmentMethod? OwnerAssignedBy { get; init; }

    /// <summary>See <see cref="Lead.OwnerAssignedAt"/>.</summary>
    public DateTimeOffset? OwnerAssignedAt { get; init; }

    /// <summary>See <see cref="Lead.DealId"/>.</summary>
    public Guid? DealId { get; init; }

    /// <summary>See <see cref="Lead.DemoRequested"/>.</summary>
    public bool DemoRequested { get; init; }

    /// <summary>See <see cref="Lead.QuoteRequested"/>.</summary>
    public bool QuoteRequested { get; init; }

    /// <summary>See <see cref="Lead.ErasedAt"/>.</summary>
    public DateTimeOffset? ErasedAt { get; init; }

    /// <summary>See <see cref="Lead.History"/>; entries numbered 1..n in order.</summary>
    public IReadOnlyList<LeadStatusChange> History { get; init; } = [];

    /// <summary>See <see cref="Lead.LastActivityAt"/>; derived, written for stores to index and ignored on the way back in.</summary>
    public DateTimeOffset LastActivityAt { get; init; }

    /// <summary>See <see cref="Lead.AwaitsOwner"/>; derived like <see cref="LastActivityAt"/>.</summary>
    public bool AwaitsOwner { get; init; }

    /// <summary>See <see cref="Lead.Version"/>.</summary>
    public long Version { get; init; }
}
