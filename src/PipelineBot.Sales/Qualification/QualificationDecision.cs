using PipelineBot.Sales.Leads;

namespace PipelineBot.Sales.Qualification;

/// <summary>What qualification decided and everything behind it, so the rep card can explain the verdict.</summary>
/// <param name="Outcome"><see cref="LeadStatus.Cold"/>, <see cref="LeadStatus.Mql"/> or <see cref="LeadStatus.Sql"/>.</param>
/// <param name="Score">The score by part and in total.</param>
/// <param name="Bant">The verdict per BANT dimension.</param>
/// <param name="Fit">The matched profile rules and the lead's size segment.</param>
/// <param name="Reasons">Why, in words: the negative dimensions of a cold lead, the threshold or request behind an SQL.</param>
public sealed record QualificationDecision(
    LeadStatus Outcome,
    LeadScore Score,
    BantVerdict Bant,
    FitScore Fit,
    IReadOnlyList<string> Reasons)
{
    /// <summary>True for an MQL, which is marked for nurture until it becomes sales-ready.</summary>
    public bool Nurture => Outcome == LeadStatus.Mql;
}
