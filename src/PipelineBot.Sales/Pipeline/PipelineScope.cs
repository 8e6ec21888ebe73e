namespace PipelineBot.Sales.Pipeline;

/// <summary>
/// Which deals a pipeline query covers: one owner's, or everyone's. Callers derive it from who is asking (a rep gets
/// their own, a manager everyone's), so a query can only be as wide as the asker may see.
/// </summary>
public sealed record PipelineScope
{
    private PipelineScope(string? ownerRepId) => OwnerRepId = ownerRepId;

    /// <summary>Every deal, whoever owns it (or nobody).</summary>
    public static PipelineScope Everyone { get; } = new(ownerRepId: null);

    /// <summary>The owner whose deals are covered; null when the scope is everyone's.</summary>
    public string? OwnerRepId { get; }

    /// <summary>Only the deals the rep owns.</summary>
    public static PipelineScope OwnedBy(string repId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repId);
        return new PipelineScope(repId);
    }

    /// <summary>True when a deal with this owner (null: unassigned) is inside the scope.</summary>
    public bool Includes(string? dealOwnerRepId) =>
        OwnerRepId is null || string.Equals(OwnerRepId, dealOwnerRepId, StringComparison.Ordinal);
}
