using System.Globalization;
using System.Text.RegularExpressions;

namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>Finds amounts in free text: digits with locale grouping, scale suffixes and words, currencies and signs.</summary>
/// <remarks>
/// Separators per language: English groups with ',' and marks decimals with '.'; ru/sr/ro/cs mark decimals
/// with ',' and group with '.'. Every language also groups with a space or no-break space. A separator followed
/// by exactly three digits groups; otherwise ',' or '.' (English: '.' only) is a decimal point, so "1.5m" works
/// everywhere. Dates ("1.12.2026", "12/1") and clock times ("15:30") are skipped rather than read as numbers.
/// </remarks>
public static class NumberRecognizer
{
    private const decimal MaxSpokenNumber = 1e15m;
    // Dates and clock times are matched first so that "1.12.2026" or "15:30" is skipped instead of yielding numbers.
    private const string DateOrTime = @"\d{4}-\d{1,2}-\d{1,2}(?:t\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)";

    private static readonly Regex EnglishLiteral = new(
        $@"(?<skip>{DateOrTime}|\d{{1,2}}/\d{{1,2}}(?![\d/]))|(?<int>\d{{1,3}}(?:(?<g>[, ])\d{{3}})(?:\k<g>\d{{3}})*(?!\d)|\d+)(?:\.(?<frac>\d+))?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly Regex EuropeanLiteral = new(
        $@"(?<skip>{DateOrTime}|\d{{1,2}}\.\s?\d{{1,2}}\.(?!\d))|(?<int>\d{{1,3}}(?:(?<g>[ .])\d{{3}})(?:\k<g>\d{{3}})*(?!\d)|\d+)(?:[,.](?<frac>\d+))?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    // Romanian puts "de" between a number from 20 up and what it counts ("50 de mii de euro", "5.000 de lei").
    private static readonly Regex Suffix = new(
        $@"\G(?:(?:st|nd|rd|th)(?!\w))?(?: ?(?:de )?(?<mult>{NumberWords.Multipliers.Pattern})(?!\w))?(?: ?(?:de )?(?<cur>{NumberWords.Currencies.Pattern})(?!\w))?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly string Word =
        $"(?:{NumberWords.EnglishUnits.Pattern}|{NumberWords.EnglishScales.Pattern})(?!\\w)";

    private static readonly Regex EnglishWords = new(
        $@"(?<!\w)(?:{Word})(?:(?:[\s-]+|\s+and\s+)(?:{Word}))*",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly string[] CurrencyPrefixes =
        [.. NumberWords.Currencies.Keys.OrderByDescending(k => k.Length)];

    /// <summary>Returns every number in the text in reading order; empty when there is none.</summary>
    /// <param name="text">The user's message; null and blank yield nothing.</param>
    /// <param name="locale">BCP-47 tag choosing separators; null or unknown means English.</param>
    public static IReadOnlyList<NumberMatch> RecognizeAll(string? text, string? locale)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var folded = TextFold.Fold(text);
        var literal = RecognizerLocale.Resolve(locale) == RecognizerLanguage.English ? EnglishLiteral : EuropeanLiteral;
        var found = new List<NumberMatch>();
        foreach (Match m in literal.Matches(folded))
        {
            if (m.Groups["int"].Success && ParseLiteral(m) is { } value && Complete(folded, m.Index, m.Length, value, 1m) is { } match)
            {
                found.Add(match);
            }
        }
        foreach (Match m in EnglishWords.Matches(folded))
        {
            if (!found.Exists(f => f.Start < m.Index + m.Length && m.Index < f.Start + f.Length)
                && ParseWords(m.Value) is { } value && Complete(folded, m.Index, m.Length, value, WordScale(m.Value)) is { } match)
            {
                found.Add(match);
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Reads the first number in the text.</summary>
    /// <param name="text">The user's message.</param>
    /// <param name="locale">BCP-47 tag choosing separators; null or unknown means English.</param>
    /// <param name="value">The first number's value, or 0 when there is none.</param>
    /// <returns>True when the text contains a number.</returns>
    public static bool TryRecognize(string? text, string? locale, out decimal value)
    {
        var all = RecognizeAll(text, locale);
        value = all.Count > 0 ? all[0].Value : 0m;
        return all.Count > 0;
    }

    private static decimal? ParseLiteral(Match m)
    {
        var digits = new string([.. m.Groups["int"].Value.Where(char.IsAsciiDigit)]);
        if (m.Groups["frac"].Success)
        {
            digits += "." + m.Groups["frac"].Value;
        }
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static decimal? ParseWords(string words)
    {
        decimal total = 0, group = 0;
        var sawUnit = false;
        foreach (var word in words.Split([' ', '-', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (NumberWords.EnglishUnits.TryGetValue(word, out var unit))
            {
                group += unit;
                sawUnit = true;
            }
            else if (NumberWords.EnglishScales.TryGetValue(word, out var scale))
            {
                // A bare "thousand" or "million" is a figure of speech, not an amount.
                if (!sawUnit && scale > 100m)
                {
                    return null;
                }
                if (scale == 100m)
                {
                    group = (group == 0 ? 1 : group) * scale;
                }
                else
                {
                    total += group * scale;
                    group = 0;
                }
            }
            // Nobody says a quadrillion; stopping here keeps "hundred hundred hundred..." from overflowing.
            if (total + group > MaxSpokenNumber)
            {
                return null;
            }
        }
        return total + group;
    }

    private static decimal WordScale(string words) =>
        words.Split([' ', '-', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => NumberWords.EnglishScales.TryGetValue(w, out var scale) ? scale : 1m)
            .Max();

    private static NumberMatch? Complete(string folded, int start, int length, decimal value, decimal wordScale)
    {
        var end = start + length;
        var suffix = Suffix.Match(folded, end);
        var largestScale = wordScale;
        if (suffix.Groups["mult"].Success && NumberWords.Multipliers.TryGetValue(suffix.Groups["mult"].Value, out var scale))
        {
            if (Math.Abs(value) > decimal.MaxValue / scale)
            {
                return null;
            }
            // Dividing by a one with maximal scale drops trailing zeros, so "1.2m" prints as 1200000, not 1200000.0.
            value = value * scale / 1.000000000000000000000000000m;
            largestScale = Math.Max(largestScale, scale);
        }
        string? currency = null;
        if (suffix.Groups["cur"].Success)
        {
            NumberWords.Currencies.TryGetValue(suffix.Groups["cur"].Value, out currency);
        }
        end += suffix.Length;

        var negative = IsMinusAt(folded, start - 1);
        if (negative)
        {
            start--;
        }
        if (CurrencyBefore(folded, start) is { } prefix)
        {
            currency = prefix.Currency;
            start = prefix.Start;
            if (!negative && IsMinusAt(folded, start - 1))
            {
                negative = true;
                start--;
            }
        }
        return new NumberMatch(negative ? -value : value, currency, start, end - start, largestScale);
    }

    // A hyphen glued to a letter or digit is a dash ("10-20", "covid-19"), not a sign.
    private static bool IsMinusAt(string folded, int i) =>
        i >= 0 && folded[i] == '-' && (i == 0 || !char.IsLetterOrDigit(folded[i - 1]));

    private static (string Currency, int Start)? CurrencyBefore(string folded, int start)
    {
        var end = start > 0 && folded[start - 1] == ' ' ? start - 1 : start;
        foreach (var key in CurrencyPrefixes)
        {
            var from = end - key.Length;
            var isWord = char.IsLetter(key[0]);
            if (from >= 0 && string.CompareOrdinal(folded, from, key, 0, key.Length) == 0
                && (!isWord || from == 0 || !char.IsLetterOrDigit(folded[from - 1]))
                && NumberWords.Currencies.TryGetValue(key, out var currency))
            {
                return (currency, from);
            }
        }
        return null;
    }
}
