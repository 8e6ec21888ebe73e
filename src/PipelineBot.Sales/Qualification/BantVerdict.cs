namespace PipelineBot.Sales.Qualification;

/// <summary>The verdict per BANT dimension, the reasons for each negative one, and whether that makes the lead cold.</summary>
/// <param name="Budget">The budget verdict.</param>
/// <param name="Authority">The authority verdict.</param>
/// <param name="Need">The need verdict.</param>
/// <param name="Timeline">The timeline verdict.</param>
/// <param name="NegativeReasons">One reason per negative answer, in script order.</param>
/// <param name="IsCold">True when enough dimensions are negative to put the lead on the cold list.</param>
public sealed record BantVerdict(
    Verdict Budget,
    Verdict Authority,
    Verdict Need,
    Verdict Timeline,
    IReadOnlyList<BantReason> NegativeReasons,
    bool IsCold)
{
    /// <summary>How many dimensions are negative; several negative answers in one dimension count once.</summary>
    public int NegativeCount => Enum.GetValues<BantDimension>().Count(d => For(d) == Verdict.Negative);

    /// <summary>The verdict for one dimension.</summary>
    public Verdict For(BantDimension dimension) => dimension switch
    {
        BantDimension.Budget => Budget,
        BantDimension.Authority => Authority,
        BantDimension.Need => Need,
        BantDimension.Timeline => Timeline,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown BANT dimension."),
    };
}
