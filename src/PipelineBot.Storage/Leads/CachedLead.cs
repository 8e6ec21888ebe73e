using PipelineBot.Sales.Leads;

namespace PipelineBot.Storage.Leads;

/// <summary>A visitor's committed lead as cached, or null when the visitor has none: both spare the turn a query.</summary>
/// <param name="Snapshot">The lead as last committed; never handed out itself, each read builds a fresh aggregate.</param>
internal sealed record CachedLead(LeadSnapshot? Snapshot);
