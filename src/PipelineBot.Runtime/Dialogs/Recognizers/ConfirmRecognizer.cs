using System.Text.RegularExpressions;

namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>Reads a yes or a no out of a short reply, in the user's language with English as a fallback.</summary>
/// <remarks>
/// Phrases match as whole words, so "yesterday" is not a yes. A reply carrying both a yes and a no ("yes and
/// no", "да нет") is ambiguous. English words count under other locales only when none of the locale's own
/// phrases occur, because users mix languages but the locale's own words are the stronger signal.
/// </remarks>
public static class ConfirmRecognizer
{
    private static readonly string[] YesEmoji = ["\U0001F44D", "\U0001F44C", "\u2705", "\u2714"];
    private static readonly string[] NoEmoji = ["\U0001F44E", "\u274C", "\u274E"];

    /// <summary>Returns true for a yes, false for a no, and null when the reply is neither or both.</summary>
    /// <param name="text">The user's reply; null and blank yield null.</param>
    /// <param name="locale">BCP-47 tag; null or unknown means English.</param>
    public static bool? Recognize(string? text, string? locale)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var folded = TextFold.Fold(text);
        var own = ConfirmWords.For(RecognizerLocale.Resolve(locale));
        var (yes, no, matched) = Scan(folded, own);
        if (!matched && own != ConfirmWords.English)
        {
            (yes, no, _) = Scan(folded, ConfirmWords.English);
        }
        yes |= Array.Exists(YesEmoji, e => text.Contains(e, StringComparison.Ordinal));
        no |= Array.Exists(NoEmoji, e => text.Contains(e, StringComparison.Ordinal));
        return yes == no ? null : yes;
    }

    /// <summary>Returns the yes/no button titles in the user's language (English for unknown locales).</summary>
    /// <param name="locale">BCP-47 tag; null or unknown means English.</param>
    public static (string Yes, string No) GetChoiceLabels(string? locale) => RecognizerLocale.Resolve(locale) switch
    {
        RecognizerLanguage.Russian => ("Да", "Нет"),
        RecognizerLanguage.Serbian => ("Да", "Не"),
        RecognizerLanguage.Romanian => ("Da", "Nu"),
        RecognizerLanguage.Czech => ("Ano", "Ne"),
        _ => ("Yes", "No"),
    };

    private static (bool Yes, bool No, bool Matched) Scan(string folded, PhraseTable<bool?> table)
    {
        bool yes = false, no = false, matched = false;
        foreach (Match m in table.WholeWords.Matches(folded))
        {
            matched = true;
            table.TryGetValue(m.Value, out var verdict);
            yes |= verdict == true;
            no |= verdict == false;
        }
        return (yes, no, matched);
    }
}
