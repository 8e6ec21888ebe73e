using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Tools.Demo;

/// <summary>The leads and deals <see cref="DemoPipelineSeeder"/> made, not saved yet.</summary>
/// <param name="Leads">Every lead: those of the deals, then those without one.</param>
/// <param name="Deals">The deals.</param>
public sealed record DemoPipeline(IReadOnlyList<Lead> Leads, IReadOnlyList<Deal> Deals);
