using System.Globalization;
using System.Text.RegularExpressions;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Runtime.Dialogs.Recognizers;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>Lists what one message could be saying for a question, before <see cref="AnswerExtractor"/> weighs it against the rest.</summary>
internal sealed partial class AnswerCandidateFinder(string text, string? locale, QualificationContent content)
{
    // Kept at "thousand" so "five hundred" people stays a head count.
    private const decimal SmallestMoneyScale = 1000m;

    private readonly Lazy<IReadOnlyList<NumberMatch>> _numbers = new(() => NumberRecognizer.RecognizeAll(text, locale));

    /// <summary>Valid values the message clearly gives the question; text and confirm questions never get any.</summary>
    public IEnumerable<AnswerCandidate> Candidates(QualificationQuestion question)
    {
        IEnumerable<AnswerCandidate> found = question.PromptType switch
        {
            PromptType.Choice => ClearMentions(question),
            PromptType.Number => [.. ClearMentions(question), .. Amounts(question)],
            PromptType.Email => Emails(question),
            _ => [],
        };
        return found.Where(c => question.FindProblem(c.Value) is null);
    }

    /// <summary>
    /// The parts of the message the caller's prompt reads as its answer: every mention of the question's choices, an
    /// email, and for a number question the first number, which is the one the number prompt takes.
    /// </summary>
    public IEnumerable<AnswerCandidate> Claims(QualificationQuestion question) =>
        [
            .. Mentions(question).Select(m => m.Candidate),
            .. question.PromptType == PromptType.Email ? Emails(question) : [],
            .. question.PromptType == PromptType.Number ? _numbers.Value.Take(1).Select(n => At(question, Format(n.Value), n.Start, n.Length)) : [],
        ];

    private IEnumerable<AnswerCandidate> ClearMentions(QualificationQuestion question) =>
        Mentions(question).Where(IsClear).Select(m => m.Candidate);

    private IEnumerable<Mention> Mentions(QualificationQuestion question)
    {
        var choices = question.PromptType switch
        {
            PromptType.Choice => content.Choices(question.Id, locale).Select(c => (c.Id, Phrases: (IReadOnlyList<string>)[c.Title, .. c.Synonyms])),
            PromptType.Number => content.ValueSynonyms(question.Id, locale).Select(v => (Id: v.Value, Phrases: v.Synonyms)),
            _ => [],
        };
        var labelled = choices.Where(c => c.Phrases.Count > 0).ToList();
        return ChoiceRecognizer.FindMentions(text, [.. labelled.Select(c => new Choice(c.Phrases[0], [.. c.Phrases.Skip(1)]))])
            .Select(m => new Mention(At(question, labelled[m.Index].Id, m.Start, m.Length), m.Synonym));
    }

    // Only amounts spelled as money: "50k" or "$50,000" is a budget, "we are 50 people" is not.
    private IEnumerable<AnswerCandidate> Amounts(QualificationQuestion question) =>
        _numbers.Value
            .Where(n => n.Currency is not null || n.Scale >= SmallestMoneyScale)
            .Select(n => At(question, Format(n.Value), n.Start, n.Length));

    private IEnumerable<AnswerCandidate> Emails(QualificationQuestion question)
    {
        foreach (Match match in EmailLike().Matches(text))
        {
            // A full stop after an address ends the sentence, not the domain.
            var address = match.Value.TrimEnd('.', '!', '?');
            if (EmailAddress.TryParse(address, out var email))
            {
                yield return At(question, email.Value, match.Index, address.Length);
            }
        }
    }

    private bool IsClear(Mention mention)
    {
        var words = PhraseWords().Matches(mention.Phrase);
        if (!mention.Phrase.Any(char.IsLetter))
        {
            // "500+" folds to a bare "500", which could be money or people; a range such as "1-50" is specific.
            return words.Count > 1;
        }
        if (words.All(w => w.Length <= 2))
        {
            // "it", "us", "me", "я", "eu" are everyday words in some language; written "IT", "US", "VP" they are names.
            var said = text.Substring(mention.Candidate.Start, mention.Candidate.Length);
            return said.Count(char.IsLetter) >= 2 && !said.Any(char.IsLower);
        }
        return true;
    }

    private static AnswerCandidate At(QualificationQuestion question, string value, int start, int length) => new(question, value, start, length);

    private static string Format(decimal number) => number.ToString("0.############", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex PhraseWords();

    [GeneratedRegex(@"[^\s<>()\[\]{},;:""'@]+@[^\s<>()\[\]{},;:""'@]+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailLike();

    private sealed record Mention(AnswerCandidate Candidate, string Phrase);
}
