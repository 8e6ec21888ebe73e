using PipelineBot.Host.Content;
using PipelineBot.Runtime.Dialogs.Recognizers;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Reps.Commands;

/// <summary>
/// Reads a rep's or manager's message as a <see cref="RepCommand"/>, offline: the phrases of every language in
/// <c>dialogs/rep-commands.json</c>, keywords, and fuzzy matching of deal and stage names against those the caller
/// passes in. A message naming a known deal in a deal phrase ("move Acme to Proposal") is that deal command; otherwise
/// a keyword decides ("which deals are stuck"); otherwise a deal phrase with an unknown deal still counts, so the rep
/// can be told there is no such deal.
/// </summary>
public sealed partial class RepCommandRecognizer
{
    private readonly Dictionary<string, List<PhrasePattern>> _patterns = new(StringComparer.Ordinal);
    private readonly NameMatcher _names;

    /// <summary>Parses the phrases of every language the content has.</summary>
    /// <exception cref="DialogContentException">A phrase is malformed.</exception>
    public RepCommandRecognizer(IDialogText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var key in DealIntents.Concat(KeywordIntents).Concat(ArgumentWords))
        {
            _patterns[key] = [.. text.Locales.SelectMany(locale => text.Phrases(key, locale).Select(phrase => PhrasePattern.Parse(phrase, key, locale)))];
        }
        var legalForms = text.Locales
            .SelectMany(locale => text.Phrases(LegalFormsKey, locale).SelectMany(form => Serbian(locale) ? [form, TextFold.SerbianLatin(TextFold.Fold(form))] : new[] { form }))
            .Select(NameMatcher.Words)
            .Where(words => words.Length > 0)
            .ToList();
        _names = new NameMatcher(_patterns[FillerKey], legalForms);
    }

    /// <summary>The command in a message activity, its @mentions removed first; null when it asks for nothing the assistant knows.</summary>
    public RepCommand? Recognize(Activity activity, RepCommandContext context)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Recognize(TeamsMentions.Remove(activity), context);
    }

    /// <summary>The command in the text; null when it asks for nothing the assistant knows.</summary>
    public RepCommand? Recognize(string? text, RepCommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = text?.Trim();
        if (string.IsNullOrEmpty(message))
        {
            return null;
        }
        var tokens = MessageTokens.Of(message);
        if (tokens.Count == 0)
        {
            return message.Contains('?', StringComparison.Ordinal) ? new HelpCommand() : null;
        }
        var language = Language(context.Locale);
        var dealCommand = BestDealCommand(message, tokens, context, language);
        if (dealCommand is { DealScore: >= NameMatcher.WholeName })
        {
            return dealCommand.Command;
        }
        return KeywordCommand(message, tokens, language)
            ?? (dealCommand is { DealScore: > 0 } or { PlausibleForUnknownDeal: true } ? dealCommand.Command : null);
    }

    private static string Language(string? locale) =>
        string.IsNullOrWhiteSpace(locale) ? string.Empty : locale.Split('-', '_')[0].ToLowerInvariant();

    private static bool Serbian(string locale) => Language(locale) == "sr";

    private IEnumerable<PhrasePattern> In(string key, IReadOnlyCollection<string> languages) =>
        _patterns[key].Where(p => languages.Contains(Language(p.Locale)));
}
