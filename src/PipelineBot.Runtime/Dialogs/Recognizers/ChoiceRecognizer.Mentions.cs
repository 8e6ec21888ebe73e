namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>Finding choices named in passing, in a message that answered something else.</summary>
public static partial class ChoiceRecognizer
{
    /// <summary>
    /// Finds every place the text names a choice by its title or a synonym as whole words, in reading order. Unlike
    /// <see cref="Recognize"/> it never guesses from positions or misspellings, so it suits a sentence that was not an
    /// answer to the choice. Words matched inside a longer matched phrase ("директор" in "генеральный директор") belong
    /// to that phrase and are not reported on their own.
    /// </summary>
    /// <param name="text">The user's message; matching ignores case, diacritics and punctuation.</param>
    /// <param name="choices">The options to look for.</param>
    /// <returns>The mentions; several for one choice when it is named more than once, none for blank text.</returns>
    public static IReadOnlyList<ChoiceMention> FindMentions(string? text, IReadOnlyList<Choice> choices)
    {
        if (string.IsNullOrWhiteSpace(text) || choices is null || choices.Count == 0)
        {
            return [];
        }
        var spans = WordPattern().Matches(TextFold.Fold(text));
        var reply = spans.Select(m => m.Value).ToArray();
        var found = new List<(Label Label, int First, int Last)>();
        foreach (var label in Labels(choices))
        {
            for (var at = IndexOf(reply, label.Words, 0); at >= 0; at = IndexOf(reply, label.Words, at + 1))
            {
                found.Add((label, at, at + label.Words.Length - 1));
            }
        }
        return [.. found
            .Where(f => !found.Exists(o => o.Last - o.First > f.Last - f.First && o.First <= f.First && f.Last <= o.Last))
            .DistinctBy(f => (f.Label.Index, f.First, f.Last))
            .OrderBy(f => f.First)
            .Select(f => new ChoiceMention(
                choices[f.Label.Index].Value,
                f.Label.Index,
                f.Label.Phrase,
                spans[f.First].Index,
                spans[f.Last].Index + spans[f.Last].Length - spans[f.First].Index))];
    }
}
