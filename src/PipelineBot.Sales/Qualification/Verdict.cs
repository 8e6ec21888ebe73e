namespace PipelineBot.Sales.Qualification;

/// <summary>How an answer, or a whole BANT dimension, speaks for the prospect.</summary>
public enum Verdict
{
    /// <summary>No rule can judge it yet, or the visitor was unsure; counts neither way.</summary>
    Unknown,

    /// <summary>A rule judged it and it speaks for the prospect.</summary>
    Positive,

    /// <summary>A rule judged it and it speaks against; two negative dimensions make a lead cold.</summary>
    Negative,
}
