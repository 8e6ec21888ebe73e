using System.Text.RegularExpressions;

namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>
/// A folded word/phrase table that renders itself as a regex alternation (longest phrase first, so "day after
/// tomorrow" beats "tomorrow" at the same position) and maps a match back to its value.
/// </summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class PhraseTable<T>
{
    private static readonly char[] Separators = [' ', '\t', '\r', '\n', '-'];
    private readonly Dictionary<string, T> _values = new(StringComparer.Ordinal);
    private readonly Lazy<Regex> _wholeWords;

    /// <summary>Builds the table; earlier entries win, which lets a locale's own meaning shadow the English fallback.</summary>
    /// <param name="entries">Alternative spellings separated by '|', each with its value.</param>
    /// <param name="serbianLatin">Also accept every Cyrillic spelling written in Serbian Latin.</param>
    public PhraseTable(IEnumerable<(string Words, T Value)> entries, bool serbianLatin = false)
    {
        foreach (var (words, value) in entries)
        {
            foreach (var phrase in words.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var key = Key(phrase);
                _values.TryAdd(key, value);
                if (serbianLatin)
                {
                    _values.TryAdd(TextFold.SerbianLatin(key), value);
                }
            }
        }
        Pattern = _values.Count == 0
            ? "(?!)"
            : string.Join('|', _values.Keys
                .OrderByDescending(k => k.Length)
                .ThenBy(k => k, StringComparer.Ordinal)
                .Select(k => string.Join(@"[\s-]+", k.Split(' ').Select(Regex.Escape))));
        _wholeWords = new(() => new Regex($@"(?<![\w'])(?:{Pattern})(?![\w'])", RegexOptions.CultureInvariant));
    }

    /// <summary>A bare alternation for embedding in a larger pattern; callers add the word boundaries.</summary>
    public string Pattern { get; }

    /// <summary>Finds the phrases as whole words in folded text; an apostrophe counts as part of a word.</summary>
    public Regex WholeWords => _wholeWords.Value;

    /// <summary>The folded phrases, for callers that scan without a regex.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>Looks up matched (folded) text, treating any run of spaces or hyphens as one space.</summary>
    public bool TryGetValue(string matched, out T value) => _values.TryGetValue(Key(matched), out value!);

    private static string Key(string phrase) =>
        string.Join(' ', TextFold.Fold(phrase).Split(Separators, StringSplitOptions.RemoveEmptyEntries));
}
