using PipelineBot.Sales.Qualification;

namespace PipelineBot.Sales.Leads;

/// <summary>
/// One answer a visitor gave, as the question judged it at the time. Create it through
/// <see cref="Lead.RecordAnswer"/> so typed and pre-filled values pass the same validation.
/// </summary>
/// <param name="QuestionId">The script question this answers; a lead holds one answer per question.</param>
/// <param name="Field">The lead slot the answer filled, if any.</param>
/// <param name="PromptType">How the question was asked, which also says whether the value is free text.</param>
/// <param name="RawText">What the visitor typed; null once personal data is erased.</param>
/// <param name="Value">The normalised value (choice id, invariant number, yes/no, trimmed text); null once erased if personal.</param>
/// <param name="Dimension">The BANT dimension the answer feeds, or null when it feeds none.</param>
/// <param name="Verdict">How the question's rules judged the value.</param>
/// <param name="AnsweredAt">When the answer was recorded.</param>
public sealed record LeadAnswer(
    string QuestionId,
    LeadField Field,
    PromptType PromptType,
    string? RawText,
    string? Value,
    BantDimension? Dimension,
    Verdict Verdict,
    DateTimeOffset AnsweredAt)
{
    /// <summary>
    /// True when the value itself can identify someone: contact slots and any free text or email, which the visitor
    /// may have filled with anything. Choice ids, numbers and yes/no stay after erasure for metrics.
    /// </summary>
    public bool IsPersonal =>
        Lead.IsPersonalField(Field) || PromptType is PromptType.Text or PromptType.Email;

    /// <summary>The same answer with the typed text and any personal value removed; dimension and verdict stay.</summary>
    public LeadAnswer WithoutPersonalData() => this with { RawText = null, Value = IsPersonal ? null : Value };
}
