using PipelineBot.Runtime.Dialogs.Recognizers;

namespace PipelineBot.Host.Reps.Commands;

/// <summary>Commands a keyword gives away, with the period, metric or amount the message names.</summary>
public sealed partial class RepCommandRecognizer
{
    private const string FillerKey = "reps.words.filler";
    private const string LegalFormsKey = "reps.words.legalForms";

    // The order they win in when a message has keywords of several: "which of my deals are stuck" is about stuck
    // deals, not the summary "my deals" names, and "pipeline velocity" is a metric.
    private static readonly string[] KeywordIntents =
    [
        "reps.intent.idealPipeline", "reps.intent.callToday", "reps.intent.stuck", "reps.intent.forecast", "reps.intent.metrics",
        "reps.intent.summary", "reps.intent.help",
    ];

    private static readonly (string Key, PipelineMetric Metric)[] Metrics =
    [
        ("reps.words.velocity", PipelineMetric.Velocity), ("reps.words.winRate", PipelineMetric.WinRate),
        ("reps.words.dealSize", PipelineMetric.AverageDealSize), ("reps.words.cycle", PipelineMetric.SalesCycle),
    ];

    private static readonly (string Key, ReportingPeriod Period)[] Periods =
    [
        ("reps.words.month", ReportingPeriod.Month), ("reps.words.quarter", ReportingPeriod.Quarter), ("reps.words.year", ReportingPeriod.Year),
    ];

    private static readonly string[] ArgumentWords =
    [
        .. Metrics.Select(m => m.Key), .. Periods.Select(p => p.Key),
        "reps.words.next", "reps.words.because", "reps.words.due", FillerKey,
    ];

    private RepCommand? KeywordCommand(string message, IReadOnlyList<Token> tokens, string language)
    {
        foreach (var intent in KeywordIntents)
        {
            var keywords = intent == "reps.intent.metrics" ? Metrics.Select(m => m.Key).Prepend(intent).SelectMany(k => _patterns[k]) : _patterns[intent];
            if (keywords.Where(p => p.FindIn(tokens) is not null).OrderBy(p => Language(p.Locale) == language ? 0 : 1).FirstOrDefault() is not { } found)
            {
                continue;
            }
            string[] languages = [language, Language(found.Locale)];
            return intent switch
            {
                "reps.intent.idealPipeline" => IdealPipeline(message, tokens, languages, found.Locale),
                "reps.intent.callToday" => new CallTodayCommand(),
                "reps.intent.stuck" => new StuckDealsCommand(),
                "reps.intent.forecast" => Forecast(tokens, languages),
                "reps.intent.metrics" => new MetricsCommand(Metrics
                    .Where(m => In(m.Key, languages).Any(p => p.FindIn(tokens) is not null))
                    .Select(m => m.Metric)
                    .FirstOrDefault(PipelineMetric.All)),
                "reps.intent.summary" => new PipelineSummaryCommand(),
                _ => new HelpCommand(),
            };
        }
        return null;
    }

    private ForecastCommand Forecast(IReadOnlyList<Token> tokens, string[] languages)
    {
        var (period, next) = Period(tokens, languages);
        return new ForecastCommand(period ?? ReportingPeriod.Month, next);
    }

    // An amount said as money ("100k", "€50 000") beats a bare count ("in 3 months"); among bare ones the largest.
    private IdealPipelineCommand IdealPipeline(string message, IReadOnlyList<Token> tokens, string[] languages, string locale)
    {
        var amount = NumberRecognizer.RecognizeAll(message, locale)
            .Where(n => n.Value > 0)
            .OrderByDescending(n => n.Currency is not null || n.Scale > 1)
            .ThenByDescending(n => n.Value)
            .FirstOrDefault();
        return new IdealPipelineCommand(amount?.Value, amount?.Currency, Period(tokens, languages).Period ?? ReportingPeriod.Month);
    }

    // The first period word said, and whether a "next" stands beside it: "next quarter", "luna viitoare".
    private (ReportingPeriod? Period, bool Next) Period(IReadOnlyList<Token> tokens, string[] languages)
    {
        var said = Periods
            .SelectMany(p => In(p.Key, languages).Select(pattern => (p.Period, At: pattern.FindIn(tokens))))
            .Where(p => p.At is not null)
            .OrderBy(p => p.At!.Value.Start)
            .FirstOrDefault();
        if (said.At is not { } at)
        {
            return (null, false);
        }
        var next = In("reps.words.next", languages).ToList();
        return (said.Period, next.Exists(p => (at.Start > 0 && p.MatchAt(tokens, at.Start - 1) == at.Start) || p.MatchAt(tokens, at.End) is not null));
    }
}
