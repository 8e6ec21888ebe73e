using PipelineBot.Host.Content;
using PipelineBot.Host.Reps;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Metrics;
using ScottPlot;

namespace PipelineBot.Host.Cards;

/// <summary>
/// Bar charts of the pipeline drawn with ScottPlot as PNG, attached to the reply inline as a data URL (like the
/// meeting invite's .ics) so they arrive whatever the channel can fetch: value and weighted value by stage, and the
/// share of deals that went past each stage.
/// </summary>
public sealed class PipelineCharts(IDialogText text, RepFormatter format)
{
    /// <summary>The image's width in pixels, readable on a phone and in a Teams chat.</summary>
    public const int Width = 800;

    /// <summary>The image's height in pixels.</summary>
    public const int Height = 450;

    private const double BarWidth = 0.4;

    /// <summary>The open stages' value beside their weighted value.</summary>
    public Attachment ValueByStage(PipelineSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var plot = new Plot();
        var bars = summary.Stages.SelectMany((stage, i) => new[]
        {
            new Bar { Position = i - (BarWidth / 2), Value = (double)stage.Value, Size = BarWidth, FillColor = Colors.SteelBlue },
            new Bar { Position = i + (BarWidth / 2), Value = (double)stage.WeightedValue, Size = BarWidth, FillColor = Colors.Orange },
        });
        plot.Add.Bars(bars.ToArray());
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = text.ForReps("cards.report.chart.value"), FillColor = Colors.SteelBlue });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = text.ForReps("cards.report.chart.weighted"), FillColor = Colors.Orange });
        plot.ShowLegend(Alignment.UpperRight);
        plot.Title(text.ForReps("cards.report.chart.pipeline", ("pipeline", summary.Pipeline), ("currency", summary.Currency)));
        return Png(plot, [.. summary.Stages.Select(s => s.Stage)], $"pipeline-{Slug(summary.Pipeline)}.png");
    }

    /// <summary>Per open stage, the share of the period's closed deals that reached it and went past it, with the counts.</summary>
    public Attachment ConversionByStage(SalesMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var plot = new Plot();
        plot.Add.Bars(metrics.StageConversions.Select((stage, i) => new Bar
        {
            Position = i,
            Value = (double)(stage.Rate ?? 0m) * 100,
            Label = stage.Rate is { } rate ? $"{format.Percent(rate)} ({stage.Advanced}/{stage.Reached})" : text.ForReps("cards.report.none"),
            FillColor = Colors.SteelBlue,
        }).ToArray());
        // Room above a full bar for its label.
        plot.Axes.SetLimitsY(0, 110);
        plot.Title(text.ForReps("cards.report.chart.conversion", ("period", format.Period(metrics.Period))));
        return Png(plot, [.. metrics.StageConversions.Select(s => s.Stage)], "conversion-by-stage.png");
    }

    private static Attachment Png(Plot plot, string[] stages, string name)
    {
        plot.Axes.Bottom.SetTicks([.. stages.Select((_, i) => (double)i)], stages);
        plot.Axes.Margins(bottom: 0);
        var png = plot.GetImageBytes(Width, Height, ImageFormat.Png);
        return new Attachment { ContentType = "image/png", ContentUrl = $"data:image/png;base64,{Convert.ToBase64String(png)}", Name = name };
    }

    private static string Slug(string name) =>
        string.Concat(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
}
