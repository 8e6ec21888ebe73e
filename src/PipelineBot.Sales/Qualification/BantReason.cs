namespace PipelineBot.Sales.Qualification;

/// <summary>Why a BANT dimension came out negative: which question and which rule, for the cold list and the rep card.</summary>
/// <param name="Dimension">The dimension that is negative.</param>
/// <param name="QuestionId">The question whose answer made it negative.</param>
/// <param name="Why">The rule in words, e.g. <c>5000 is below 10000</c>.</param>
public sealed record BantReason(BantDimension Dimension, string QuestionId, string Why)
{
    /// <summary>Renders as <c>Budget: 5000 is below 10000 (budget)</c>, the form stored with the lead.</summary>
    public override string ToString() => $"{Dimension}: {Why} ({QuestionId})";
}
