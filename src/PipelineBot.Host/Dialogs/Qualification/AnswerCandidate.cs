using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>A value the message may give a question, and the part of the message that gives it.</summary>
internal sealed record AnswerCandidate(QualificationQuestion Question, string Value, int Start, int Length)
{
    private int End => Start + Length;

    public bool Overlaps(AnswerCandidate other) => Start < other.End && other.Start < End;

    /// <summary>True when this lies inside a longer stretch of <paramref name="other"/> ("manager" in "my manager").</summary>
    public bool IsInside(AnswerCandidate other) => other.Length > Length && other.Start <= Start && End <= other.End;
}
