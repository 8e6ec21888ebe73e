using System.Globalization;
using PipelineBot.Host.Reps.Commands;

namespace PipelineBot.Host.Tests.Reps.Commands;

/// <summary>A command in one line ("advance Acme Analytics Ltd to Proposal"), so a table can say what it expects.</summary>
internal static class CommandDescription
{
    public static string Of(RepCommand? command) => command switch
    {
        null => "none",
        StuckDealsCommand => "stuck",
        PipelineSummaryCommand => "summary",
        CallTodayCommand => "call today",
        HelpCommand => "help",
        AdvanceDealCommand a => $"advance {Of(a.Deal)} to {(a.Stage is null ? "next" : Of(a.Stage))}",
        MarkDealWonCommand w => $"won {Of(w.Deal)}",
        MarkDealLostCommand l => $"lost {Of(l.Deal)}{(l.Reason is null ? "" : $": {l.Reason}")}",
        AddDealNoteCommand n => $"note {Of(n.Deal)}: {n.Note}",
        SetNextStepCommand s => $"next step {Of(s.Deal)}: {s.Step}{(s.Due is { } due ? $" due {due:yyyy-MM-dd}" : "")}",
        ShowDealCommand s => $"show {Of(s.Deal)}",
        ForecastCommand f => $"forecast {(f.Next ? "next " : "")}{f.Period}",
        MetricsCommand m => $"metrics {m.Metric}",
        IdealPipelineCommand i => $"ideal {(i.Target is { } t ? t.ToString(CultureInfo.InvariantCulture) : "none")}{(i.Currency is null ? "" : $" {i.Currency}")} per {i.Per}",
        _ => command.GetType().Name,
    };

    /// <summary>The matched names joined by " | ", or "?" and what was said when nothing matched.</summary>
    public static string Of(NameMatch name) => name.Matches.Count == 0 ? $"?{name.Said}" : string.Join(" | ", name.Matches);
}
