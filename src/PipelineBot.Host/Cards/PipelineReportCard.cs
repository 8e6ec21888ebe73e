using System.Text.Json.Nodes;
using PipelineBot.Host.Content;
using PipelineBot.Host.Reps;
using PipelineBot.Host.Reps.Commands;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Metrics;

namespace PipelineBot.Host.Cards;

/// <summary>
/// The pipeline by stage, and the sales metrics of a period beside the previous one, each figure with its change; the
/// charts of the same figures travel beside these cards (<see cref="PipelineCharts"/>).
/// </summary>
public sealed class PipelineReportCard(IDialogText text, RepFormatter format)
{
    /// <summary>One row per open stage, deals, value and weighted value, and the totals.</summary>
    public Attachment Summary(PipelineSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var rows = summary.Stages.Select(s => (s.Stage, Figures(s.Deals, s.Value, s.WeightedValue, summary.Currency)))
            .Append((text.ForReps("cards.report.summary.total"), Figures(summary.Deals, summary.Value, summary.WeightedValue, summary.Currency)));
        return CardJson.Attachment(
            [CardJson.Heading(CardJson.Plain(text.ForReps("cards.report.summary", ("pipeline", summary.Pipeline)))), CardJson.FactSet(rows)],
            []);
    }

    /// <summary>Every metric beside the previous period's, then the conversion per stage.</summary>
    public Attachment Metrics(SalesMetricsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var current = report.Current;
        var before = format.Period(report.Previous.Period);
        var facts = Rows(report).Select(r => (r.Label, text.ForReps("cards.report.metrics.row", ("current", r.Current), ("previous", r.Previous), ("before", before), ("change", r.Change))))
            .Append((text.ForReps("cards.report.metrics.funnel"), string.Join(" → ", new[] { current.Leads, current.Mqls, current.Sqls, current.Customers }.Select(n => format.Number(n)))));
        var conversions = current.StageConversions.Select(s => (s.Stage, s.Rate is { } rate
            ? text.ForReps("cards.report.metrics.stage", ("advanced", format.Number(s.Advanced)), ("reached", format.Number(s.Reached)), ("rate", format.Percent(rate)))
            : text.ForReps("cards.report.none")));
        return CardJson.Attachment(
        [
            CardJson.Heading(text.ForReps("cards.report.metrics", ("period", format.Period(current.Period)))),
            CardJson.FactSet(facts),
            CardJson.Section(text.ForReps("cards.report.metrics.conversion")),
            CardJson.FactSet(conversions),
        ], []);
    }

    /// <summary>Each metric as current, previous and change, in words; the one-metric answer is one of these.</summary>
    public IReadOnlyList<MetricRow> Rows(SalesMetricsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (now, then) = (report.Current, report.Previous);
        var currency = now.Currency;
        return
        [
            new(PipelineMetric.WinRate, text.ForReps("cards.report.metrics.winRate"), Rate(now.CloseRatio), Rate(then.CloseRatio), Points(now.CloseRatio, then.CloseRatio)),
            new(PipelineMetric.AverageDealSize, text.ForReps("cards.report.metrics.dealSize"),
                Amount(now.AverageDealSize, v => format.Money(v, currency)), Amount(then.AverageDealSize, v => format.Money(v, currency)), Relative(now.AverageDealSize, then.AverageDealSize)),
            new(PipelineMetric.SalesCycle, text.ForReps("cards.report.metrics.cycle"), Amount(now.SalesCycleDays, Days), Amount(then.SalesCycleDays, Days),
                Difference(now.SalesCycleDays, then.SalesCycleDays, Days)),
            new(PipelineMetric.Velocity, text.ForReps("cards.report.metrics.velocity"), Amount(now.PipelineVelocity, v => PerDay(v, currency)),
                Amount(then.PipelineVelocity, v => PerDay(v, currency)), Relative(now.PipelineVelocity, then.PipelineVelocity)),
            new(null, text.ForReps("cards.report.metrics.open"), format.Number(now.OpenOpportunities), format.Number(then.OpenOpportunities),
                Difference(now.OpenOpportunities, then.OpenOpportunities, format.Number)),
            new(null, text.ForReps("cards.report.metrics.closed"), $"{format.Number(now.Won)} / {format.Number(now.Lost)}", $"{format.Number(then.Won)} / {format.Number(then.Lost)}",
                Difference(now.Won, then.Won, format.Number)),
        ];
    }

    private string Figures(int deals, decimal value, decimal weighted, string currency) => text.ForReps("cards.report.summary.stage",
        ("deals", format.Number(deals)), ("value", format.Money(value, currency)), ("weighted", format.Money(weighted, currency)));

    private string Rate(decimal? rate) => Amount(rate, format.Percent);

    private string Amount(decimal? value, Func<decimal, string> render) => value is { } v ? render(v) : text.ForReps("cards.report.none");

    private string Days(decimal days) => text.ForReps("cards.report.days", ("days", days.ToString("#,0.#", format.Culture)));

    private string PerDay(decimal value, string currency) => text.ForReps("cards.report.perDay", ("value", format.Money(value, currency)));

    // A rate changes by percentage points: 40% to 50% is +10 points, not +25%.
    private string Points(decimal? now, decimal? then) => Change(now - then, change => text.ForReps("cards.report.points", ("points", Signed(change * 100, "0"))));

    private string Relative(decimal? now, decimal? then) => Change(then is { } before && before != 0m ? (now - before) / before : null, change => Signed(change, "0%"));

    private string Difference(decimal? now, decimal? then, Func<decimal, string> render) =>
        Change(now - then, change => (change > 0 ? "+" : "-") + render(Math.Abs(change)));

    private string Change(decimal? change, Func<decimal, string> render) => change switch
    {
        null => text.ForReps("cards.report.none"),
        0m => text.ForReps("cards.report.unchanged"),
        { } value => render(value),
    };

    private string Signed(decimal value, string pattern) => value.ToString($"+{pattern};-{pattern};{pattern}", format.Culture);
}
