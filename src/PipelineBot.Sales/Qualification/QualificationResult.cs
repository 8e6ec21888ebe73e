using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Routing;

namespace PipelineBot.Sales.Qualification;

/// <summary>What the qualification step did and saved: the decision, and for a new SQL the routing and the opened deal.</summary>
/// <param name="Decision">The outcome and everything behind it.</param>
/// <param name="Routing">How the owner was chosen, or null when the lead did not become SQL just now.</param>
/// <param name="Deal">The deal opened for a new SQL, or null.</param>
public sealed record QualificationResult(QualificationDecision Decision, RoutingDecision? Routing, Deal? Deal);
