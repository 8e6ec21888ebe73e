using PipelineBot.Sales.Leads;

namespace PipelineBot.Sales.Routing;

/// <summary>Which rep should own a lead and why, or why nobody could be found.</summary>
/// <param name="RepId">The chosen rep, or null when the lead stays unassigned.</param>
/// <param name="Method">How the rep was chosen, or null when unassigned.</param>
/// <param name="Reason">Why, e.g. <c>owns an earlier lead from acme.example</c> or <c>no active reps</c>.</param>
public sealed record RoutingDecision(string? RepId, AssignmentMethod? Method, string Reason)
{
    /// <summary>True when a rep was found.</summary>
    public bool IsAssigned => RepId is not null;

    /// <summary>A decision that leaves the lead without an owner, with the reason for whoever has to step in.</summary>
    public static RoutingDecision Unassigned(string reason) => new(null, null, reason);
}
