using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>What the qualification dialog ends with.</summary>
/// <param name="LeadId">The visitor's lead, or null when nothing was ever recorded for them.</param>
/// <param name="Status">The lead's status after qualification (Cold, Mql or Sql normally).</param>
/// <param name="Reasons">Why, as the domain recorded it.</param>
public sealed record QualifyLeadResult(Guid? LeadId, LeadStatus Status, IReadOnlyList<string> Reasons);
