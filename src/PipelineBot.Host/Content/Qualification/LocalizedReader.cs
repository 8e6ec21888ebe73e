using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace PipelineBot.Host.Content.Qualification;

/// <summary>
/// Reads <c>{ en: ..., ru: ... }</c> maps and insists every declared language has what English has, so a visitor never
/// meets an English line mid-conversation because a translation was forgotten.
/// </summary>
internal static partial class LocalizedReader
{
    private const string Reference = QualificationContent.ReferenceLocale;

    /// <summary>One non-empty text per declared locale, with the same <c>{placeholders}</c> as English.</summary>
    public static Dictionary<string, string>? Texts(YamlNode node, string place, IReadOnlyList<string> locales, ProblemLog log)
    {
        if (Entries(node, place, locales, log) is not { } entries)
        {
            return null;
        }
        var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (locale, value) in entries)
        {
            if (log.Text(value, $"{place}.{locale}") is { } text)
            {
                texts[locale] = text;
            }
        }
        foreach (var locale in locales.Where(l => !entries.ContainsKey(l)))
        {
            log.Add(node, place, locale == Reference ? $"has no '{Reference}' text" : $"has no '{locale}' text, which '{Reference}' has");
        }
        if (texts.TryGetValue(Reference, out var english))
        {
            var expected = Placeholders(english);
            foreach (var (locale, text) in texts.Where(t => Placeholders(t.Value) != expected))
            {
                log.Add(entries[locale], $"{place}.{locale}", $"uses the placeholders [{Placeholders(text)}] but '{Reference}' uses [{expected}]");
            }
        }
        return texts;
    }

    /// <summary>A list of phrases per locale; where a list is given at all, every declared locale needs one.</summary>
    public static Dictionary<string, IReadOnlyList<string>>? Lists(YamlNode node, string place, IReadOnlyList<string> locales, ProblemLog log)
    {
        if (Entries(node, place, locales, log) is not { } entries)
        {
            return null;
        }
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (locale, value) in entries)
        {
            if (log.Sequence(value, $"{place}.{locale}") is { } sequence)
            {
                lists[locale] = [.. sequence.Children.Select((item, i) => log.Text(item, $"{place}.{locale}[{i + 1}]")).OfType<string>()];
            }
        }
        foreach (var locale in locales.Where(l => lists.GetValueOrDefault(l) is not { Count: > 0 }))
        {
            log.Add(node, place, $"has no '{locale}' phrases, which every language needs");
        }
        return lists;
    }

    // Keys are matched to the declared spelling so "RU" and "ru" cannot both slip in as different languages.
    private static Dictionary<string, YamlNode>? Entries(YamlNode node, string place, IReadOnlyList<string> locales, ProblemLog log)
    {
        if (log.Mapping(node, place, allowed: null) is not { } mapping)
        {
            return null;
        }
        var entries = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in mapping)
        {
            var declared = locales.FirstOrDefault(l => string.Equals(l, key, StringComparison.OrdinalIgnoreCase));
            if (declared is null)
            {
                log.Add(value, place, $"'{key}' is not one of the declared locales ({string.Join(", ", locales)})");
            }
            else if (!entries.TryAdd(declared, value))
            {
                log.Add(value, place, $"'{key}' repeats the locale '{declared}'");
            }
        }
        return entries;
    }

    private static string Placeholders(string text) =>
        string.Join(", ", Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9]*\}")]
    private static partial Regex Placeholder();
}
