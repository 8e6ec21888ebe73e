namespace PipelineBot.Sales.Leads;

/// <summary>
/// Where a lead stands in the funnel. Allowed moves are listed in <see cref="LeadLifecycle"/>; nurture is a flag on an
/// MQL (<see cref="Lead.MarkedForNurture"/>), not a status, so funnel counts of MQLs include nurtured ones.
/// </summary>
public enum LeadStatus
{
    /// <summary>Created for a visitor who has not answered or interacted yet.</summary>
    New,

    /// <summary>The visitor has interacted or answered at least one question.</summary>
    Engaged,

    /// <summary>Disqualified, e.g. by two or more negative BANT answers; the reasons are on the lead.</summary>
    Cold,

    /// <summary>Marketing-qualified lead: not disqualified, not yet ready for sales.</summary>
    Mql,

    /// <summary>Sales-qualified lead: strong enough, or asked for a demo or quote; a deal opens and a rep owns it.</summary>
    Sql,

    /// <summary>The owning rep accepted the lead: the sales-accepted step of the funnel.</summary>
    SalesAccepted,

    /// <summary>The owning rep rejected the lead, with a reason.</summary>
    SalesRejected,
}
