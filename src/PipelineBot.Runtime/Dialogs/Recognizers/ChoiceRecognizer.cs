using System.Text.RegularExpressions;

namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>Works out which of the offered choices a free-text reply picks.</summary>
/// <remarks>
/// Strategies run in order and the first that finds anything decides: an exact title or synonym (score 1);
/// a title or synonym contained as whole words (score = its share of the reply, so the longest wins); a
/// position ("2", "#2", "number 2", "the 2nd one", "second", "вторая", "a doua", "druhá"; score 1) in replies of
/// up to six words; a misspelling within Damerau-Levenshtein distance 1 of a 4-7 character title or synonym, 2 of
/// a longer one. When different choices tie for the best score the reply is ambiguous and nothing is returned.
/// </remarks>
public static partial class ChoiceRecognizer
{
    private const int MaxWordsForPosition = 6;

    /// <summary>Returns the picked choice, or null when the reply matches none or is ambiguous.</summary>
    /// <param name="text">The user's reply; matching ignores case, diacritics and punctuation.</param>
    /// <param name="choices">The options offered, in display order.</param>
    /// <param name="locale">BCP-47 tag selecting the ordinal words; null or unknown means English.</param>
    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices, string? locale)
    {
        if (string.IsNullOrWhiteSpace(text) || choices is null || choices.Count == 0)
        {
            return null;
        }
        var reply = Words(text);
        if (reply.Length == 0)
        {
            return null;
        }
        var labels = Labels(choices);
        var utterance = string.Join(' ', reply);
        Func<List<FoundChoice>>[] strategies =
        [
            () => [.. labels.Where(l => l.Text == utterance).Select(l => l.Found(choices, 1.0))],
            () => [.. labels.Where(l => Contains(reply, l.Words)).Select(l => l.Found(choices, (double)l.Text.Length / utterance.Length))],
            () => ByPosition(reply, choices, RecognizerLocale.Resolve(locale)),
            () => [.. labels.Select(l => Misspelled(utterance, l, choices)).OfType<FoundChoice>()],
        ];
        foreach (var strategy in strategies)
        {
            var found = strategy();
            if (found.Count > 0)
            {
                var best = found.Max(f => f.Score);
                var winners = found.Where(f => f.Score == best).ToList();
                return winners.Select(f => f.Index).Distinct().Count() == 1 ? winners[0] : null;
            }
        }
        return null;
    }

    private static List<Label> Labels(IReadOnlyList<Choice> choices)
    {
        var labels = new List<Label>();
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var phrase in (IEnumerable<string?>)[choices[i].Value, .. choices[i].Synonyms ?? []])
            {
                if (!string.IsNullOrWhiteSpace(phrase) && Words(phrase) is { Length: > 0 } words)
                {
                    labels.Add(new Label(i, phrase, words, string.Join(' ', words)));
                }
            }
        }
        return labels;
    }

    private static string[] Words(string text) =>
        [.. WordPattern().Matches(TextFold.Fold(text)).Select(m => m.Value)];

    private static bool Contains(string[] reply, string[] words) => IndexOf(reply, words, 0) >= 0;

    private static int IndexOf(string[] reply, string[] words, int from)
    {
        for (var start = from; start + words.Length <= reply.Length; start++)
        {
            if (reply.AsSpan(start, words.Length).SequenceEqual(words))
            {
                return start;
            }
        }
        return -1;
    }

    private static List<FoundChoice> ByPosition(string[] reply, IReadOnlyList<Choice> choices, RecognizerLanguage language)
    {
        if (reply.Length > MaxWordsForPosition)
        {
            return [];
        }
        var ordinals = OrdinalWords.For(language);
        var positions = new HashSet<int>();
        foreach (var word in reply)
        {
            var digits = NumberedPosition().Match(word);
            if (digits.Success && int.TryParse(digits.Groups["n"].Value, out var n))
            {
                positions.Add(n);
            }
            else if (ordinals.TryGetValue(word, out var ordinal))
            {
                positions.Add(ordinal == -1 ? choices.Count : ordinal);
            }
        }
        return positions.Count == 1 && positions.First() is var position && position >= 1 && position <= choices.Count
            ? [new FoundChoice(choices[position - 1].Value, position - 1, 1.0, null)]
            : [];
    }

    private static FoundChoice? Misspelled(string utterance, Label label, IReadOnlyList<Choice> choices)
    {
        var allowed = label.Text.Length >= 8 ? 2 : label.Text.Length >= 4 ? 1 : 0;
        if (allowed == 0)
        {
            return null;
        }
        var distance = EditDistance.Compute(utterance, label.Text, allowed);
        return distance <= allowed
            ? label.Found(choices, 1.0 - ((double)distance / Math.Max(utterance.Length, label.Text.Length)))
            : null;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(?<n>\d{1,3})(?:st|nd|rd|th)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumberedPosition();

    private sealed record Label(int Index, string Phrase, string[] Words, string Text)
    {
        public FoundChoice Found(IReadOnlyList<Choice> choices, double score) => new(choices[Index].Value, Index, score, Phrase);
    }
}
