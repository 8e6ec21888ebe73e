using Microsoft.Extensions.Options;
using PipelineBot.Host.Cards;
using PipelineBot.Host.Content;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Metrics;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Routing;

namespace PipelineBot.Host.Reps.Commands;

/// <summary>
/// The lists and figures the assistant answers with, each over the asker's deals only (a manager's are everyone's):
/// stuck deals and who to call today as cards with buttons, the pipeline by stage and the metrics as cards with their
/// charts, the forecast and the ideal pipeline size in a sentence.
/// </summary>
public sealed class ReportCommands(
    PipelineWatch watch,
    SalesReports reports,
    PipelineCatalog pipelines,
    PipelineOptions options,
    IOptions<RoutingOptions> routing,
    DealListCard listCard,
    PipelineReportCard reportCard,
    PipelineCharts charts,
    RepFormatter format,
    IDialogText text)
{
    // Metrics are measured by quarter: a month holds too few closed deals for a rate to mean much.
    private const ReportPeriodKind MetricsPeriod = ReportPeriodKind.Quarter;

    /// <summary>The stuck deals, longest past their limit first, each with why; then the owned leads without a deal gone quiet.</summary>
    public async Task<Activity> StuckAsync(Asker asker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        var stuck = await watch.FindStuckAsync(asker.OwnerRepId, cancellationToken);
        var quiet = QuietLeads(await watch.FindSilentLeadsAsync(asker.OwnerRepId, cancellationToken), asker.SeesEveryone);
        if (stuck.Count == 0)
        {
            return MessageFactory.Text(text.ForReps(asker.SeesEveryone ? "reps.stuck.none.manager" : "reps.stuck.none.rep") + quiet);
        }
        var card = listCard.Build(text.ForReps("cards.report.stuck"), [.. stuck.Select(s => (s.Deal, s.Describe(), true))], asker.SeesEveryone);
        return MessageFactory.Attachment(card, text.ForReps("reps.stuck.some", ("count", format.Number(stuck.Count))) + quiet);
    }

    /// <summary>The deals to call about today, most urgent first, each with every reason.</summary>
    public async Task<Activity> CallTodayAsync(Asker asker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        var calls = await watch.WhoToCallAsync(asker.OwnerRepId, DealListCard.RowsShown, cancellationToken);
        if (calls.Count == 0)
        {
            return Say("reps.call.none");
        }
        var card = listCard.Build(text.ForReps("cards.report.call"), [.. calls.Select(c => (c.Deal, format.Attention(c), c.Has(AttentionReason.Stuck)))], asker.SeesEveryone);
        return MessageFactory.Attachment(card, text.ForReps("reps.call.some"));
    }

    /// <summary>The default pipeline by stage, and any other pipeline with open deals, each with its chart.</summary>
    public async Task<Activity> SummaryAsync(Asker asker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        var lines = new List<string>();
        var attachments = new List<Attachment>();
        foreach (var pipeline in pipelines.Pipelines)
        {
            var summary = await reports.SummarizeAsync(asker.OwnerRepId, pipeline.Name, cancellationToken);
            if (summary.Deals == 0 && pipeline != pipelines.Default)
            {
                continue;
            }
            lines.Add(text.ForReps("reps.summary.text", ("pipeline", summary.Pipeline), ("deals", format.Number(summary.Deals)),
                ("value", format.Money(summary.Value, summary.Currency)), ("weighted", format.Money(summary.WeightedValue, summary.Currency))));
            attachments.Add(reportCard.Summary(summary));
            attachments.Add(charts.ValueByStage(summary));
        }
        var reply = MessageFactory.Text(string.Join("\n", lines));
        reply.Attachments = attachments;
        return reply;
    }

    /// <summary>The weighted forecast for this or the next month, quarter or year.</summary>
    public async Task<Activity> ForecastAsync(Asker asker, ForecastCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        ArgumentNullException.ThrowIfNull(command);
        var period = reports.CurrentPeriod(command.Period switch
        {
            ReportingPeriod.Quarter => ReportPeriodKind.Quarter,
            ReportingPeriod.Year => ReportPeriodKind.Year,
            _ => ReportPeriodKind.Month,
        });
        var forecast = await reports.ForecastAsync(command.Next ? period.Next() : period, asker.OwnerRepId, cancellationToken);
        return forecast.Deals == 0
            ? Say("reps.forecast.none", ("period", format.Period(forecast.Period)))
            : Say("reps.forecast.some", ("period", format.Period(forecast.Period)), ("deals", format.Number(forecast.Deals)),
                ("value", format.Money(forecast.Value, forecast.Currency)), ("weighted", format.Money(forecast.WeightedValue, forecast.Currency)));
    }

    /// <summary>This quarter's metrics beside last quarter's: all on a card with the conversion chart, or the one asked for.</summary>
    public async Task<Activity> MetricsAsync(Asker asker, MetricsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        ArgumentNullException.ThrowIfNull(command);
        var report = await reports.MeasureAsync(MetricsPeriod, asker.OwnerRepId, cancellationToken: cancellationToken);
        var (period, previous) = (format.Period(report.Current.Period), format.Period(report.Previous.Period));
        if (reportCard.Rows(report).FirstOrDefault(r => r.Metric == command.Metric) is { } row)
        {
            return Say("reps.metrics.one", ("metric", row.Label), ("period", period), ("current", row.Current), ("previous", previous), ("before", row.Previous), ("change", row.Change));
        }
        var reply = MessageFactory.Attachment(reportCard.Metrics(report), text.ForReps("reps.metrics.text", ("period", period), ("previous", previous)));
        if (report.Current.StageConversions.Any(s => s.Reached > 0))
        {
            reply.Attachments!.Add(charts.ConversionByStage(report.Current));
        }
        return reply;
    }

    /// <summary>
    /// How many sales and leads a target takes, from the asker's average deal size and close rate this quarter (last
    /// quarter's while this one has none), shared among the active reps for a manager.
    /// </summary>
    public async Task<Activity> IdealPipelineAsync(Asker asker, IdealPipelineCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        ArgumentNullException.ThrowIfNull(command);
        if (command.Target is not { } target)
        {
            return Say("reps.ideal.target");
        }
        if (command.Currency is { } currency && !string.Equals(currency, options.Currency, StringComparison.OrdinalIgnoreCase))
        {
            return Say("reps.ideal.currency", ("currency", options.Currency));
        }
        var report = await reports.MeasureAsync(MetricsPeriod, asker.OwnerRepId, cancellationToken: cancellationToken);
        if (new[] { report.Current, report.Previous }.FirstOrDefault(m => m is { AverageDealSize: > 0m, CloseRatio: > 0m }) is not { } figures)
        {
            return Say("reps.ideal.noFigures", ("currency", options.Currency));
        }
        var reps = asker.SeesEveryone ? Math.Max(1, routing.Value.Reps.Count(r => r.Active)) : 1;
        var ideal = IdealPipeline.Calculate(target, figures.AverageDealSize!.Value, figures.CloseRatio!.Value, reps);
        var per = text.ForReps(command.Per switch
        {
            ReportingPeriod.Quarter => "reps.per.quarter",
            ReportingPeriod.Year => "reps.per.year",
            _ => "reps.per.month",
        });
        var answer = text.ForReps("reps.ideal.result",
            ("target", format.Money(target, options.Currency)), ("per", per), ("average", format.Money(ideal.AverageDealSize, options.Currency)),
            ("rate", format.Percent(ideal.CloseRate)), ("period", format.Period(figures.Period)),
            ("sales", format.Number(ideal.SalesNeeded)), ("leads", format.Number(ideal.LeadsNeeded)));
        return MessageFactory.Text(reps == 1 ? answer
            : $"{answer} {text.ForReps("reps.ideal.perRep", ("perRep", format.Number(ideal.LeadsPerRep)), ("per", per), ("reps", format.Number(reps)))}");
    }

    // A lead has no list card with buttons as a deal has, so the quiet ones follow the stuck deals as lines of text.
    private string QuietLeads(IReadOnlyList<SilentLead> leads, bool withOwner) => leads.Count == 0 ? string.Empty
        : "\n\n" + text.ForReps("reps.stuck.quiet.title") + string.Concat(leads.Select(lead => "\n" + text.ForReps(
            withOwner ? "reps.stuck.quiet.owned" : "reps.stuck.quiet.lead",
            ("lead", format.DealName(lead.Company ?? lead.Name)), ("owner", format.Person(lead.OwnerRepId)),
            ("days", format.Number(Math.Floor((decimal)lead.QuietFor.TotalDays))))));

    private Activity Say(string key, params (string Name, string Value)[] values) => MessageFactory.Text(text.ForReps(key, values));
}
