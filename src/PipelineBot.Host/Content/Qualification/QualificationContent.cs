namespace PipelineBot.Host.Content.Qualification;

/// <summary>
/// What the bot says for each qualification question, in the visitor's language. The loader has already checked that
/// every language of the file has every text, title and synonym list English has, so a lookup only falls back (e.g.
/// ru-RU → ru → en) for languages the file does not declare at all.
/// </summary>
public sealed class QualificationContent
{
    /// <summary>The language every text must exist in, and the last fallback.</summary>
    public const string ReferenceLocale = "en";

    /// <summary>The first part of every content key, as in <c>qualify.budget.ask</c>.</summary>
    public const string KeyPrefix = "qualify";

    private readonly IReadOnlyDictionary<string, QuestionContent> _questions;

    internal QualificationContent(IReadOnlyList<string> locales, IReadOnlyDictionary<string, QuestionContent> questions)
    {
        Locales = locales;
        _questions = questions;
    }

    /// <summary>The languages the file declares; every text exists in each of them.</summary>
    public IReadOnlyList<string> Locales { get; }

    /// <summary>The content key of a question's text, e.g. <c>qualify.budget.why</c>, for transcripts and tests.</summary>
    public static string KeyFor(string questionId, string purpose) => $"{KeyPrefix}.{questionId}.{purpose}";

    /// <summary>The question as first asked, with <c>{name}</c> placeholders filled from <paramref name="values"/>.</summary>
    public string Ask(string questionId, string? locale, IReadOnlyDictionary<string, string>? values = null) =>
        Text(questionId, "ask", locale, values);

    /// <summary>The re-prompt after an answer the question's rules reject.</summary>
    public string Retry(string questionId, string? locale, IReadOnlyDictionary<string, string>? values = null) =>
        Text(questionId, "retry", locale, values);

    /// <summary>The answer to "why do you ask?" for this question.</summary>
    public string Why(string questionId, string? locale, IReadOnlyDictionary<string, string>? values = null) =>
        Text(questionId, "why", locale, values);

    /// <summary>The question's short name, e.g. "Budget", which cards show beside the visitor's answer.</summary>
    public string Label(string questionId, string? locale) => Text(questionId, "label", locale);

    /// <summary>The text for a key such as <c>qualify.budget.ask</c>.</summary>
    /// <exception cref="KeyNotFoundException">The key does not name a question and purpose of the script.</exception>
    public string Get(string key, string? locale, IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var prefix = KeyPrefix + ".";
        var lastDot = key.LastIndexOf('.');
        if (!key.StartsWith(prefix, StringComparison.Ordinal) || lastDot <= prefix.Length)
        {
            throw new KeyNotFoundException($"'{key}' is not a qualification content key ({KeyPrefix}.<question>.<purpose>).");
        }
        return Text(key[prefix.Length..lastDot], key[(lastDot + 1)..], locale, values);
    }

    /// <summary>A question's text for any purpose the file gives it (label, ask, retry, why, or one of its own).</summary>
    /// <exception cref="KeyNotFoundException">The script has no such question or the question no such text.</exception>
    public string Text(string questionId, string purpose, string? locale, IReadOnlyDictionary<string, string>? values = null)
    {
        if (!Question(questionId).Texts.TryGetValue(purpose, out var byLocale))
        {
            throw new KeyNotFoundException($"The qualification question '{questionId}' has no '{purpose}' text.");
        }
        var line = Pick(byLocale, locale)!;
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            line = line.Replace($"{{{name}}}", value, StringComparison.Ordinal);
        }
        return line;
    }

    /// <summary>The question's choices in script order with title and synonyms in the language; empty for non-choice questions.</summary>
    public IReadOnlyList<LocalizedChoice> Choices(string questionId, string? locale) =>
        [.. Question(questionId).Choices.Select(c => new LocalizedChoice(c.Id, Pick(c.Titles, locale)!, Pick(c.Synonyms, locale) ?? []))];

    /// <summary>The words that stand for numbers in the language, e.g. "no budget" for 0; empty when there are none.</summary>
    public IReadOnlyList<ValueSynonym> ValueSynonyms(string questionId, string? locale) =>
        [.. Question(questionId).ValueSynonyms.Select(v => new ValueSynonym(v.Value, Pick(v.Synonyms, locale) ?? []))];

    private QuestionContent Question(string questionId) =>
        _questions.TryGetValue(questionId, out var question)
            ? question
            : throw new KeyNotFoundException($"The qualification script has no question '{questionId}'.");

    // The dictionaries ignore case, so "RU-ru" finds "ru" too.
    private static T? Pick<T>(IReadOnlyDictionary<string, T> byLocale, string? locale)
    {
        foreach (var candidate in Candidates(locale))
        {
            if (byLocale.TryGetValue(candidate, out var value))
            {
                return value;
            }
        }
        return default;
    }

    private static IEnumerable<string> Candidates(string? locale)
    {
        if (!string.IsNullOrWhiteSpace(locale))
        {
            yield return locale;
            var dash = locale.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                yield return locale[..dash];
            }
        }
        yield return ReferenceLocale;
    }
}
