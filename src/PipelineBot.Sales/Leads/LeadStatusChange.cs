namespace PipelineBot.Sales.Leads;

/// <summary>
/// One entry of a lead's append-only status history: what moved, from where to where, who moved it, when and why; or
/// a reassignment to another rep, which moves no status.
/// Conversion and cycle-time metrics are computed from these entries, so they hold no personal data.
/// </summary>
/// <param name="LeadId">The lead that changed, so entries can be stored and queried apart from the lead.</param>
/// <param name="Sequence">1-based position in the lead's history; a store appends only entries above what it holds.</param>
/// <param name="From">The status before the change.</param>
/// <param name="To">The status after the change.</param>
/// <param name="By">Who caused the change.</param>
/// <param name="At">When the change happened, from the caller's <see cref="TimeProvider"/>.</param>
/// <param name="Reason">Why, in words a rep can read on the lead summary.</param>
/// <param name="Owner">
/// For a reassignment, whose the lead was and whose it is now; the status stays as it was (<paramref name="From"/>
/// equals <paramref name="To"/>), so funnel metrics count only entries without an owner change. Null for a status move.
/// </param>
public sealed record LeadStatusChange(
    Guid LeadId,
    int Sequence,
    LeadStatus From,
    LeadStatus To,
    Actor By,
    DateTimeOffset At,
    string Reason,
    LeadOwnerChange? Owner = null);
