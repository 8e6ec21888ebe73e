using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;
using static PipelineBot.Host.Reps.RepAssistant;

namespace PipelineBot.Host.Cards;

/// <summary>The BANT part of the rep card: each dimension's verdict beside what the visitor answered.</summary>
public sealed partial class RepLeadCard
{
    private IEnumerable<(string, string)> Bant(Lead lead, BantVerdict bant)
    {
        foreach (var dimension in Enum.GetValues<BantDimension>())
        {
            var answers = AnswersFor(lead, dimension).Select(a => CardJson.Plain(display.Format(a, RepLocale))).ToList();
            var given = answers.Count > 0 ? string.Join(", ", answers) : Text("cards.lead.unanswered");
            yield return (Text(DimensionKey(dimension)), $"{Describe(bant.For(dimension))}: {given}");
        }
    }

    // Script order; an answer to a question dropped from the file since still counts for the dimension it fed.
    private IEnumerable<LeadAnswer> AnswersFor(Lead lead, BantDimension dimension) =>
        lead.Answers.Values
            .Where(a => (script.Find(a.QuestionId)?.Dimension ?? a.Dimension) == dimension)
            .OrderBy(a => script.IndexOf(a.QuestionId) is var i && i >= 0 ? i : int.MaxValue);

    private string Describe(Verdict verdict) => Text(verdict switch
    {
        Verdict.Positive => "cards.lead.verdict.positive",
        Verdict.Negative => "cards.lead.verdict.negative",
        _ => "cards.lead.verdict.unknown",
    });

    private static string DimensionKey(BantDimension dimension) => dimension switch
    {
        BantDimension.Budget => "cards.lead.bant.budget",
        BantDimension.Authority => "cards.lead.bant.authority",
        BantDimension.Need => "cards.lead.bant.need",
        BantDimension.Timeline => "cards.lead.bant.timeline",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown BANT dimension."),
    };
}
