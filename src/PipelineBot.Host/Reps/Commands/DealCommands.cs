using System.Globalization;
using PipelineBot.Host.Cards;
using PipelineBot.Host.Content;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Reps.Commands;

/// <summary>
/// What the assistant does to one deal the dispatcher has found in the asker's scope: show it, move it, win or lose
/// it, note on it, set its next step, snooze its stuck warning. Every change is made through the deal's own verbs as
/// the asker and saved with the version it was loaded at, so of two people changing a deal at once exactly one wins;
/// the other is told it changed meanwhile and where it is now, and nothing of theirs is written.
/// </summary>
public sealed partial class DealCommands(
    IDealRepository deals,
    DealsInScope scoped,
    PipelineCatalog pipelines,
    PipelineWatch watch,
    DealCard card,
    DealQuestionCard questions,
    RepFormatter format,
    IDialogText text,
    TimeProvider time)
{
    /// <summary>The longest a stuck warning may be snoozed for at once, in days: a longer wait is a deal to close as lost.</summary>
    public const int MaxSnoozeDays = 90;

    /// <summary>The deal's card, with what needs attention worked out now.</summary>
    public async Task<Activity> ShowAsync(Asker asker, Deal deal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        ArgumentNullException.ThrowIfNull(deal);
        var attention = await watch.AssessAsync(deal.ToSummary(), cancellationToken);
        return MessageFactory.Attachment(card.Build(deal, PipelineOf(deal), attention, time.GetUtcNow(), asker.Zone));
    }

    /// <summary>Adds the asker's note.</summary>
    public Task<Activity> AddNoteAsync(Asker asker, Deal deal, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        ArgumentNullException.ThrowIfNull(deal);
        if (string.IsNullOrWhiteSpace(note) || note.Trim().Length > Deal.MaxNoteLength)
        {
            return Task.FromResult(Say("reps.note.invalid", ("max", format.Number(Deal.MaxNoteLength))));
        }
        return ChangeAsync(deal, now =>
        {
            deal.AddNote(note, Actor.Rep(asker.Principal.Id), now);
            return Say("reps.note.added", ("deal", Name(deal)));
        }, cancellationToken);
    }

    /// <summary>Sets the next step; without a due day, asks for one on a card with the step filled in.</summary>
    public Task<Activity> SetNextStepAsync(Asker asker, Deal deal, string? step, DateOnly? due, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        ArgumentNullException.ThrowIfNull(deal);
        if (string.IsNullOrWhiteSpace(step) || step.Trim().Length > Deal.MaxNextStepLength)
        {
            return Task.FromResult(Say("reps.nextStep.invalid", ("max", format.Number(Deal.MaxNextStepLength))));
        }
        if (due is not { } day)
        {
            return Task.FromResult(MessageFactory.Attachment(questions.NextStep(deal.Id, step), text.ForReps("reps.nextStep.when", ("step", step), ("deal", Name(deal)))));
        }
        return ChangeAsync(deal, now =>
        {
            deal.SetNextStep(step, day, Actor.Rep(asker.Principal.Id), now);
            return Say("reps.nextStep.set", ("deal", Name(deal)), ("step", deal.NextStep!.Action), ("due", format.Day(day)));
        }, cancellationToken);
    }

    /// <summary>Silences the stuck warning for a whole number of days, 1 to <see cref="MaxSnoozeDays"/>.</summary>
    public Task<Activity> SnoozeAsync(Asker asker, Deal deal, string? days, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        ArgumentNullException.ThrowIfNull(deal);
        if (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > MaxSnoozeDays)
        {
            return Task.FromResult(Say("reps.snooze.days", ("max", format.Number(MaxSnoozeDays))));
        }
        return ChangeAsync(deal, now =>
        {
            var until = now.AddDays(count);
            deal.SnoozeStuckWarning(until, Actor.Rep(asker.Principal.Id), now);
            return Say("reps.snooze.done", ("deal", Name(deal)), ("until", format.Time(until, asker.Zone)));
        }, cancellationToken);
    }

    // Applies the change now and saves it; a save that finds the deal changed since it was loaded writes nothing.
    private async Task<Activity> ChangeAsync(Deal deal, Func<DateTimeOffset, Activity> change, CancellationToken cancellationToken)
    {
        try
        {
            var reply = change(time.GetUtcNow());
            await deals.SaveAsync(deal, cancellationToken);
            scoped.Forget();
            return reply;
        }
        catch (ConcurrencyConflictException)
        {
            var current = await deals.GetAsync(deal.Id, cancellationToken);
            return Say("reps.deal.changed", ("deal", Name(deal)), ("stage", current?.Stage ?? deal.Stage));
        }
        catch (SalesDomainException ex)
        {
            return Say("reps.deal.refused", ("deal", Name(deal)), ("why", ex.Message));
        }
    }

    private string Name(Deal deal) => format.DealName(deal.Company);

    private Activity Say(string key, params (string Name, string Value)[] values) => MessageFactory.Text(text.ForReps(key, values));
}
