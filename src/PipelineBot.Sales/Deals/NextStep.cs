namespace PipelineBot.Sales.Deals;

/// <summary>What the owner will do next on a deal, and by when: a deal without one is drifting.</summary>
/// <param name="Action">The step in the rep's words, e.g. "send the revised proposal".</param>
/// <param name="Due">The day it is due, in the company's time zone.</param>
public sealed record NextStep(string Action, DateOnly Due)
{
    /// <summary>Renders as the deal history records it, e.g. <c>send the proposal (due 2026-03-10)</c>.</summary>
    public override string ToString() => $"{Action} (due {Due:yyyy-MM-dd})";
}
