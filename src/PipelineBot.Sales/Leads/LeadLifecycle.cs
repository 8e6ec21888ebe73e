namespace PipelineBot.Sales.Leads;

/// <summary>
/// The one table of allowed status moves, kept apart from <see cref="Lead"/> so the funnel can be read at a glance and
/// tests and metrics can ask it directly.
/// </summary>
public static class LeadLifecycle
{
    private static readonly Dictionary<LeadStatus, LeadStatus[]> Allowed = new()
    {
        [LeadStatus.New] = [LeadStatus.Engaged],
        [LeadStatus.Engaged] = [LeadStatus.Cold, LeadStatus.Mql],
        [LeadStatus.Cold] = [],
        [LeadStatus.Mql] = [LeadStatus.Sql],
        [LeadStatus.Sql] = [LeadStatus.SalesAccepted, LeadStatus.SalesRejected],
        [LeadStatus.SalesAccepted] = [],
        [LeadStatus.SalesRejected] = [],
    };

    /// <summary>True when a lead may move straight from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool CanMove(LeadStatus from, LeadStatus to) => Allowed[from].Contains(to);

    /// <summary>The statuses a lead may move to next, in funnel order; empty for final statuses.</summary>
    public static IReadOnlyList<LeadStatus> NextFrom(LeadStatus from) => Allowed[from];
}
