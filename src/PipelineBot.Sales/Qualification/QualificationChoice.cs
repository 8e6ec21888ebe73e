namespace PipelineBot.Sales.Qualification;

/// <summary>
/// The scoring side of one choice of a choice question. Its wording and synonyms per locale are content and live with
/// the dialog text; only the id links the two.
/// </summary>
public sealed class QualificationChoice
{
    /// <summary>The choice id, which is also the answer's normalised value, e.g. <c>no-budget</c>.</summary>
    public required string Id { get; init; }

    /// <summary>True when picking this choice makes the question's BANT dimension negative.</summary>
    public bool CountsAsNegative { get; init; }

    /// <summary>True for "not sure"-style choices that leave the dimension unknown instead of positive.</summary>
    public bool CountsAsUnknown { get; init; }

    /// <summary>Points the choice adds to the answers score; it replaces the question's own weight.</summary>
    public int ScoreWeight { get; init; }
}
