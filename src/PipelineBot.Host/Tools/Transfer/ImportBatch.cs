using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Tools.Transfer;

/// <summary>What reading a file for import found: every problem, or, when there is none, the leads and deals to save.</summary>
/// <param name="Problems">Every problem, in row order; when there is any, the batch holds nothing and must not be saved.</param>
/// <param name="Leads">The leads made from the rows.</param>
/// <param name="Deals">The deals made from the rows.</param>
public sealed record ImportBatch(IReadOnlyList<ImportProblem> Problems, IReadOnlyList<Lead> Leads, IReadOnlyList<Deal> Deals)
{
    /// <summary>True when every row was good, so the whole file can be saved.</summary>
    public bool CanBeSaved => Problems.Count == 0;
}
