using PipelineBot.Host.Content.Qualification;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>
/// Finds answers to other open questions in the message that answered the current one, so "I'm the CTO and we have
/// about 50k" asked for the role also gives the budget and the visitor is not asked again. A wrong answer on a lead is
/// worse than one more question, so only what is plainly said counts: a choice's title or synonym as whole words (never
/// a position or a misspelling), an amount written as money ("50k", "$50,000", "50 тысяч долларов"), a value synonym
/// ("no budget"), an email address. Text and confirm questions are never filled. The same words never fill two
/// questions, and a question named two ways ("manager or director") is left to be asked.
/// </summary>
public static class AnswerExtractor
{
    /// <summary>Longer messages are pastes (a signature, a brief) that name roles and sums in passing; they fill nothing.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>The answers the message clearly gives to the open questions, in script order; each value passes the question's rules.</summary>
    /// <param name="text">The visitor's message.</param>
    /// <param name="locale">The visitor's language, choosing titles, synonyms and number separators.</param>
    /// <param name="definition">The loaded script and its wording.</param>
    /// <param name="openQuestions">
    /// Questions still unanswered that may be asked now (a personal one only with consent); deciding that is the
    /// caller's business, since it knows the lead.
    /// </param>
    /// <param name="current">
    /// The question the message answers, which the caller records itself. It is never filled here, and the words its
    /// prompt reads (its choice, or for a number question the first number) fill nothing else.
    /// </param>
    public static IReadOnlyList<ExtractedAnswer> Extract(
        string? text,
        string? locale,
        QualificationDefinition definition,
        IReadOnlyCollection<QualificationQuestion> openQuestions,
        QualificationQuestion? current = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(openQuestions);
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength)
        {
            return [];
        }
        var openIds = openQuestions.Select(q => q.Id).Where(id => id != current?.Id).ToHashSet(StringComparer.Ordinal);
        var open = definition.Script.Questions.Where(q => openIds.Contains(q.Id)).ToList();
        if (open.Count == 0)
        {
            return [];
        }
        var finder = new AnswerCandidateFinder(text, locale, definition.Content);
        var claimed = current is null ? [] : finder.Claims(current).ToList();
        var candidates = open.SelectMany(finder.Candidates).Where(c => !claimed.Exists(c.Overlaps)).ToList();
        var kept = candidates.Where(c => !candidates.Exists(other => LosesTo(c, other))).ToList();
        return [.. open
            .Select(q => kept.Where(c => c.Question == q).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList() is [var value]
                ? new ExtractedAnswer(q, value)
                : null)
            .OfType<ExtractedAnswer>()];
    }

    // Words answering two questions belong to the longer phrase ("my manager" is who decides, not a role), and to
    // neither when the phrases are as long: "другое" is "other" for both the industry and the region.
    private static bool LosesTo(AnswerCandidate candidate, AnswerCandidate other) =>
        other.Question != candidate.Question && candidate.Overlaps(other) && !other.IsInside(candidate);
}
