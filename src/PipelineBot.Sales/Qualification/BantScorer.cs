using PipelineBot.Sales.Leads;

namespace PipelineBot.Sales.Qualification;

/// <summary>
/// Turns answers into a verdict per BANT dimension under the script's current rules, so sales ops can change a
/// threshold without re-asking anyone. A dimension is negative if any of its answers is, else positive if any is.
/// </summary>
public sealed class BantScorer(ScoringOptions options)
{
    /// <summary>Judges the answers; answers to questions no longer in the script keep the verdict they were given.</summary>
    public BantVerdict Score(QualificationScript script, IEnumerable<LeadAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(answers);
        var verdicts = Enum.GetValues<BantDimension>().ToDictionary(d => d, _ => Verdict.Unknown);
        var reasons = new List<BantReason>();
        foreach (var answer in answers.OrderBy(a => script.IndexOf(a.QuestionId) is var i && i >= 0 ? i : int.MaxValue))
        {
            var question = script.Find(answer.QuestionId);
            if ((question?.Dimension ?? answer.Dimension) is not { } dimension)
            {
                continue;
            }
            var judgement = question is not null && answer.Value is not null
                ? question.Judge(answer.Value)
                : new AnswerJudgement(answer.Verdict, $"judged {answer.Verdict} when answered");
            if (judgement.Verdict == Verdict.Negative)
            {
                reasons.Add(new BantReason(dimension, answer.QuestionId, judgement.Why));
            }
            verdicts[dimension] = Combine(verdicts[dimension], judgement.Verdict);
        }
        var negatives = verdicts.Values.Count(v => v == Verdict.Negative);
        return new BantVerdict(
            verdicts[BantDimension.Budget], verdicts[BantDimension.Authority], verdicts[BantDimension.Need],
            verdicts[BantDimension.Timeline], reasons, negatives >= options.ColdAfterNegatives);
    }

    private static Verdict Combine(Verdict sofar, Verdict next) =>
        sofar == Verdict.Negative || next == Verdict.Negative ? Verdict.Negative
        : sofar == Verdict.Positive || next == Verdict.Positive ? Verdict.Positive
        : Verdict.Unknown;
}
