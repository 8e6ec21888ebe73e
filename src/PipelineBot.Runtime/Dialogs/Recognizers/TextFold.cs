using System.Globalization;
using System.Text;

namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>
/// Case and diacritic folding that keeps every character at its index, so a match found in folded text
/// reports positions in the user's original text.
/// </summary>
public static class TextFold
{
    private static readonly Dictionary<char, string> SerbianCyrillicToLatin = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['ђ'] = "dj", ['е'] = "e", ['ж'] = "z",
        ['з'] = "z", ['и'] = "i", ['ј'] = "j", ['к'] = "k", ['л'] = "l", ['љ'] = "lj", ['м'] = "m", ['н'] = "n",
        ['њ'] = "nj", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['ћ'] = "c", ['у'] = "u",
        ['ф'] = "f", ['х'] = "h", ['ц'] = "c", ['ч'] = "c", ['џ'] = "dz", ['ш'] = "s",
    };

    /// <summary>Lower-cases and strips diacritics character by character; the result has the input's length.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = FoldChar(source[i]);
        }
    });

    /// <summary>
    /// Spells a (folded) Serbian Cyrillic table word in Latin script, so one Cyrillic table also accepts
    /// "sutra" for "сутра"; the result is folded the same way user text is.
    /// </summary>
    public static string SerbianLatin(string word)
    {
        var latin = new StringBuilder(word.Length + 2);
        foreach (var c in word)
        {
            latin.Append(SerbianCyrillicToLatin.TryGetValue(c, out var letters) ? letters : c.ToString());
        }
        return latin.ToString();
    }

    private static char FoldChar(char c)
    {
        switch (c)
        {
            // Thin and no-break spaces are how ru/cs/sr/ro keyboards and Excel group thousands.
            case '\u00A0' or '\u2007' or '\u2009' or '\u202F':
                return ' ';
            case '\u2212':
                return '-';
            case '\u2018' or '\u2019' or '`':
                return '\'';
            // Stroke letters have no canonical decomposition, so FormD alone would leave them.
            case 'đ' or 'Đ':
                return 'd';
        }
        if (c < 128 || char.IsSurrogate(c))
        {
            return char.ToLowerInvariant(c);
        }
        var decomposed = char.ToLowerInvariant(c).ToString().Normalize(NormalizationForm.FormD);
        for (var i = 1; i < decomposed.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(decomposed[i]) != UnicodeCategory.NonSpacingMark)
            {
                return char.ToLowerInvariant(c);
            }
        }
        return decomposed[0];
    }
}
