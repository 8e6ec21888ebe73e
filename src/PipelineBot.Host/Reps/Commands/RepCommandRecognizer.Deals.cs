using PipelineBot.Runtime.Dialogs.Recognizers;

namespace PipelineBot.Host.Reps.Commands;

/// <summary>Commands about one deal: the phrase with the best fit and the best-matching deal and stage names wins.</summary>
public sealed partial class RepCommandRecognizer
{
    // A deal phrase with a name nobody knows still counts when it reads like a command rather than a sentence that
    // happens to contain "lost" or "show": few words around it, and a name of a few words.
    private const int MaxSkippedForUnknownDeal = 3;
    private const int MaxWordsOfUnknownDeal = 5;
    private const int MaxDueWords = 5;

    // Longer than any company's name with "the ... deal" around it; also keeps a long note from being tried as a name.
    private const int MaxDealWords = 10;

    private static readonly string[] DealIntents =
        ["reps.intent.advance", "reps.intent.won", "reps.intent.lost", "reps.intent.note", "reps.intent.nextStep", "reps.intent.show"];

    private DealCommand? BestDealCommand(string message, IReadOnlyList<Token> tokens, RepCommandContext context, string language)
    {
        var deals = new Dictionary<(int, int), (NameMatch Match, double Score)>();
        var stages = new Dictionary<(int, int), (NameMatch Match, double Score)>();
        var dealNames = _names.Prepare(context.DealNames);
        var stageNames = _names.Prepare(context.StageNames);
        (NameMatch Match, double Score) Named(Dictionary<(int, int), (NameMatch, double)> cache, (int Start, int End) span, KnownNames names)
        {
            if (!cache.TryGetValue(span, out var named))
            {
                cache[span] = named = _names.Match(MessageTokens.Text(message, tokens, span.Start, span.End), names);
            }
            return named;
        }

        DealCommand? best = null;
        foreach (var intent in DealIntents)
        {
            foreach (var match in _patterns[intent].SelectMany(p => p.MatchAll(tokens)))
            {
                if (!match.Slots.TryGetValue("deal", out var dealSpan) || dealSpan.End - dealSpan.Start > MaxDealWords)
                {
                    continue;
                }
                var deal = Named(deals, dealSpan, dealNames);
                var stage = match.Slots.TryGetValue("stage", out var stageSpan) ? Named(stages, stageSpan, stageNames) : default;
                // Each word of the phrase found counts 2 (a typo costs half of it), each word outside it costs 1, and
                // real names weigh most, so of all the ways to split a message the one naming a known deal and stage wins.
                var score = (2.0 * match.Words) - (0.5 * match.Typos) - match.Skipped + (3 * deal.Score) + (2 * stage.Score)
                    + (0.5 * Boundaries(match, tokens)) + (Language(match.Pattern.Locale) == language ? 0.1 : 0);
                if (score > (best?.Score ?? double.MinValue)
                    && Build(intent, new DealHit(message, tokens, match, deal.Match, stage.Match, context)) is { } command)
                {
                    best = new DealCommand(command, score, deal.Score, match.Skipped <= MaxSkippedForUnknownDeal && dealSpan.End - dealSpan.Start <= MaxWordsOfUnknownDeal);
                }
            }
        }
        return best;
    }

    // A slot that starts after punctuation ("next step for Acme: send...") or with "because" was probably meant to.
    private int Boundaries(PatternMatch match, IReadOnlyList<Token> tokens) =>
        match.Slots.Values.Count(s => s.Start > 0 && s.Start < tokens.Count && tokens[s.Start - 1].BreakAfter)
        + (match.Slots.TryGetValue("reason", out var reason) && StartsWith(reason, tokens, "reps.words.because", match.Pattern.Locale) is not null ? 1 : 0);

    private RepCommand? Build(string intent, DealHit hit) => intent switch
    {
        "reps.intent.advance" => new AdvanceDealCommand(hit.Deal, hit.Stage),
        "reps.intent.won" => new MarkDealWonCommand(hit.Deal),
        "reps.intent.lost" => new MarkDealLostCommand(hit.Deal, Reason(hit)),
        "reps.intent.note" => hit.Text("note") is { Length: > 0 } note ? new AddDealNoteCommand(hit.Deal, note) : null,
        "reps.intent.nextStep" => NextStep(hit),
        "reps.intent.show" => new ShowDealCommand(hit.Deal),
        _ => null,
    };

    private string? Reason(DealHit hit)
    {
        var (start, end) = hit.Match.Slots["reason"];
        start = StartsWith((start, end), hit.Tokens, "reps.words.because", hit.Match.Pattern.Locale) ?? start;
        return MessageTokens.Text(hit.Message, hit.Tokens, start, end) is { Length: > 0 } reason ? reason : null;
    }

    // "send contract by Friday": a closing "by" and date is the due date and leaves the step; a date said any other
    // way ("call them tomorrow") is the due date and stays in the step, where it reads naturally.
    private SetNextStepCommand? NextStep(DealHit hit)
    {
        var (start, end) = hit.Match.Slots["step"];
        var locale = hit.Match.Pattern.Locale;
        for (var at = end - 1; at > start; at--)
        {
            if (StartsWith((at, end), hit.Tokens, "reps.words.due", locale) is { } dateStart && dateStart < end && end - dateStart <= MaxDueWords
                && DueDate(MessageTokens.Text(hit.Message, hit.Tokens, dateStart, end), locale, hit.Context.Now) is { } due)
            {
                return new SetNextStepCommand(hit.Deal, MessageTokens.Text(hit.Message, hit.Tokens, start, at), due);
            }
        }
        var step = MessageTokens.Text(hit.Message, hit.Tokens, start, end);
        return step.Length > 0 ? new SetNextStepCommand(hit.Deal, step, DueDate(step, locale, hit.Context.Now)) : null;
    }

    private static DateOnly? DueDate(string text, string locale, DateTime now) =>
        DateTimeRecognizer.Recognize(text, locale, now) is [var date]
            ? DateOnly.FromDateTime(date.Value ?? date.End?.AddDays(-1) ?? date.Start ?? now)
            : null;

    /// <summary>Where the words after a phrase of <paramref name="key"/> begin, when the span starts with one.</summary>
    private int? StartsWith((int Start, int End) span, IReadOnlyList<Token> tokens, string key, string locale) =>
        span.End > span.Start
            ? In(key, [Language(locale)]).Select(p => p.MatchAt(tokens, span.Start, typos: false)).FirstOrDefault(end => end <= span.End)
            : null;

    private sealed record DealCommand(RepCommand Command, double Score, double DealScore, bool PlausibleForUnknownDeal);

    private sealed record DealHit(string Message, IReadOnlyList<Token> Tokens, PatternMatch Match, NameMatch Deal, NameMatch? Stage, RepCommandContext Context)
    {
        public string Text(string slot) =>
            Match.Slots.TryGetValue(slot, out var span) ? MessageTokens.Text(Message, Tokens, span.Start, span.End) : string.Empty;
    }
}
