using System.Globalization;
using PipelineBot.Host.Content;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Metrics;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Reps;

/// <summary>
/// How figures, days and people read in what the assistant tells the sales team, in the culture <c>reps.culture</c>
/// names, so every reply and card writes 40,000 EUR, 50% and 24 Nov 2026 alike.
/// </summary>
public sealed class RepFormatter(IDialogText text, RepDirectory reps)
{
    private readonly CultureInfo _culture = ContentCulture.Of(text, "reps.culture", RepAssistant.RepLocale);

    /// <summary>The culture numbers and dates are written in.</summary>
    public CultureInfo Culture => _culture;

    /// <summary>An amount in whole units with its currency, e.g. <c>40,000 EUR</c>.</summary>
    public string Money(decimal amount, string currency) => $"{Number(amount)} {currency}";

    /// <summary>A deal's value, or the "not set" word.</summary>
    public string Money(Money? value) => value is null ? text.ForReps("cards.deal.none") : Money(value.Amount, value.Currency);

    /// <summary>A whole number with group separators.</summary>
    public string Number(decimal value) => value.ToString("#,0", _culture);

    /// <summary>A fraction as a whole percentage: 0.5 is <c>50%</c>.</summary>
    public string Percent(decimal fraction) => fraction.ToString("0%", _culture);

    /// <summary>A calendar day, e.g. <c>24 Nov 2026</c>.</summary>
    public string Day(DateOnly day) => day.ToString("d MMM yyyy", _culture);

    /// <summary>An instant on the rep's clock, e.g. <c>24 Nov 2026 10:00</c>.</summary>
    public string Time(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("d MMM yyyy HH:mm", _culture);

    /// <summary>A period as people say it: <c>November 2026</c>, <c>Q4 2026</c> or <c>2026</c>.</summary>
    public string Period(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Months switch
        {
            1 => period.Start.ToString("MMMM yyyy", _culture),
            3 => text.ForReps("reps.period.quarter", ("quarter", ((period.Start.Month + 2) / 3).ToString(_culture)), ("year", period.Start.Year.ToString(_culture))),
            _ => period.Start.Year.ToString(_culture),
        };
    }

    /// <summary>The name of the person an id belongs to: a rep's display name, else the id.</summary>
    public string Person(string repId) => reps.NameOf(repId);

    /// <summary>Who made a recorded change: a rep by name, the bot or the visitor.</summary>
    public string Actor(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Kind switch
        {
            ActorKind.Rep => reps.NameOf(actor.Id),
            ActorKind.Visitor => text.ForReps("cards.deal.history.visitor"),
            _ => text.ForReps("cards.deal.history.system"),
        };
    }

    /// <summary>Why a deal needs its owner, most urgent first, e.g. <c>next step overdue: call Ann (due 20 Nov 2026); no next step</c>.</summary>
    public string Attention(DealAttention attention)
    {
        ArgumentNullException.ThrowIfNull(attention);
        return string.Join("; ", attention.Reasons.Select(reason => reason switch
        {
            AttentionReason.NextStepOverdue => text.ForReps("cards.deal.attention.overdue", ("step", Step(attention.Deal.NextStep!))),
            AttentionReason.NextStepDueToday => text.ForReps("cards.deal.attention.dueToday", ("step", Step(attention.Deal.NextStep!))),
            AttentionReason.Stuck => text.ForReps("cards.deal.attention.stuck", ("why", attention.Stuck!.Describe())),
            AttentionReason.GoneSilent => text.ForReps("cards.deal.attention.silent", ("days", Number((decimal)Math.Floor(attention.QuietFor.TotalDays)))),
            AttentionReason.NoNextStep => text.ForReps("cards.deal.attention.noNextStep"),
            _ => text.ForReps("cards.deal.attention.pushedBack", ("count", Number(attention.Deal.ExpectedClosePushBacks))),
        }));
    }

    /// <summary>A next step with its due day, e.g. <c>send the contract (due 27 Nov 2026)</c>.</summary>
    public string Step(NextStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return text.ForReps("cards.deal.nextStep.value", ("step", step.Action), ("due", Day(step.Due)));
    }

    /// <summary>The deal's company, or the words for a deal without one.</summary>
    public string DealName(string? company) => company ?? text.ForReps("cards.deal.unnamed");
}
