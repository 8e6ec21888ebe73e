using System.Globalization;

namespace PipelineBot.Host.Content;

/// <summary>
/// Picks the form of a counted phrase from a content line that lists the forms by CLDR plural category, e.g.
/// <c>1=an hour|one={n} hour|other={n} hours</c>; an exact count ("1=") wins over its category. The rules cover whole
/// numbers in the bot's languages; any other language gets the English one/other rule.
/// </summary>
internal static class PluralForms
{
    /// <summary>The form of <paramref name="line"/> for <paramref name="count"/>, with <c>{n}</c> written in <paramref name="culture"/>.</summary>
    public static string Select(string line, int count, CultureInfo culture)
    {
        var forms = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(form => form.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
        var category = Category(culture.TwoLetterISOLanguageName, count);
        if (!forms.TryGetValue(count.ToString(CultureInfo.InvariantCulture), out var form) && !forms.TryGetValue(category, out form))
        {
            throw new DialogContentException($"The counted phrase '{line}' has no '{category}' form for {count} in '{culture.Name}'.");
        }
        return form.Replace("{n}", count.ToString(culture), StringComparison.Ordinal);
    }

    /// <summary>The CLDR cardinal category of a whole number <paramref name="n"/> in <paramref name="language"/>.</summary>
    public static string Category(string language, int n)
    {
        var (lastDigit, lastTwo) = (n % 10, n % 100);
        return language switch
        {
            "ru" => lastDigit == 1 && lastTwo != 11 ? "one"
                : lastDigit is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? "few"
                : "many",
            "sr" => lastDigit == 1 && lastTwo != 11 ? "one"
                : lastDigit is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? "few"
                : "other",
            "cs" => n == 1 ? "one" : n is >= 2 and <= 4 ? "few" : "other",
            "ro" => n == 1 ? "one" : n == 0 || lastTwo is >= 1 and <= 19 ? "few" : "other",
            _ => n == 1 ? "one" : "other",
        };
    }
}
