using PipelineBot.Host.Bots;
using PipelineBot.Host.Cards;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Reps.Commands;

/// <summary>
/// Stage moves: "advance" to the next open stage or a named one, winning and losing. A move backward or past open
/// stages is asked about first; closing a deal needs a reason; both answers come back as a button with the whole move.
/// </summary>
public sealed partial class DealCommands
{
    /// <summary>Moves the deal to the stage named (checked against its pipeline), or the next open one when none was.</summary>
    public Task<Activity> AdvanceAsync(Asker asker, Deal deal, NameMatch? stage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        ArgumentNullException.ThrowIfNull(deal);
        if (PipelineOf(deal) is not { } pipeline)
        {
            return Task.FromResult(NoPipeline(deal));
        }
        if (stage is null)
        {
            return pipeline.NextOpenStage(deal.Stage) is { } next
                ? MoveAsync(asker, deal, pipeline, next, confirmed: false, reason: null, cancellationToken)
                : Task.FromResult(deal.Outcome == DealOutcome.Open
                    ? Say("reps.move.lastOpen", ("deal", Name(deal)), ("stage", deal.Stage))
                    : Say("reps.move.closed", ("deal", Name(deal)), ("stage", deal.Stage), ("first", pipeline.FirstStage.Name)));
        }
        var targets = stage.Matches.Select(pipeline.Find).OfType<PipelineStage>().Distinct().ToList();
        return targets switch
        {
            [var target] => MoveAsync(asker, deal, pipeline, target, confirmed: false, reason: null, cancellationToken),
            [] => Task.FromResult(Say("reps.move.unknownStage",
                ("pipeline", pipeline.Name), ("said", stage.Said), ("stages", string.Join(", ", pipeline.Stages.Select(s => s.Name))))),
            _ => Task.FromResult(Say("reps.move.ambiguousStage", ("stages", string.Join(", ", targets.Select(s => s.Name))))),
        };
    }

    /// <summary>Wins or loses the deal in its pipeline's first such stage; without a reason, asks for one.</summary>
    public Task<Activity> CloseAsync(Asker asker, Deal deal, DealOutcome outcome, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        ArgumentNullException.ThrowIfNull(deal);
        if (PipelineOf(deal) is not { } pipeline)
        {
            return Task.FromResult(NoPipeline(deal));
        }
        // The rep said "won" or "lost" outright, which is the confirmation; only the reason may be missing.
        return MoveAsync(asker, deal, pipeline, pipeline.FirstClosing(outcome), confirmed: true, reason, cancellationToken);
    }

    /// <summary>
    /// A move button (the card's advance, a confirmation or a reason): made only while the deal is still in the stage
    /// the card showed, since a move chosen for one stage may be wrong from another.
    /// </summary>
    public Task<Activity> MoveFromButtonAsync(Asker asker, Deal deal, CardSubmit submit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(submit);
        if (!string.Equals(submit.Field(CardActions.FromStageField), deal.Stage, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(Say("reps.deal.changed", ("deal", Name(deal)), ("stage", deal.Stage)));
        }
        if (PipelineOf(deal) is not { } pipeline || submit.Field(CardActions.ToStageField) is not { } to || pipeline.Find(to) is not { } target)
        {
            return Task.FromResult(Say("reps.deal.missing"));
        }
        return MoveAsync(asker, deal, pipeline, target, submit.Field(CardActions.ConfirmedField) == "true", submit.Field(CardActions.ReasonField), cancellationToken);
    }

    private Task<Activity> MoveAsync(Asker asker, Deal deal, SalesPipeline pipeline, PipelineStage target, bool confirmed, string? reason, CancellationToken cancellationToken)
    {
        if (string.Equals(target.Name, deal.Stage, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(Say("reps.move.already", ("deal", Name(deal)), ("stage", deal.Stage)));
        }
        var move = deal.PreviewMove(target.Name, pipeline);
        var closes = target.Outcome != DealOutcome.Open && target.Outcome != deal.Outcome;
        var asked = new List<string>();
        if (move.NeedsConfirmation && !confirmed)
        {
            asked.Add(move.IsBackward
                ? text.ForReps("reps.move.back", ("deal", Name(deal)), ("from", move.From), ("to", target.Name))
                : text.ForReps("reps.move.skip", ("deal", Name(deal)), ("from", move.From), ("to", target.Name), ("skipped", string.Join(", ", move.SkippedStages))));
        }
        if (closes && string.IsNullOrWhiteSpace(reason))
        {
            asked.Add(text.ForReps(target.Outcome == DealOutcome.Won ? "reps.move.why.won" : "reps.move.why.lost", ("deal", Name(deal))));
            return Task.FromResult(MessageFactory.Attachment(questions.Reason(deal, target), string.Join(" ", asked)));
        }
        if (asked.Count > 0)
        {
            return Task.FromResult(MessageFactory.Attachment(questions.ConfirmMove(deal, target), asked[0]));
        }
        return ChangeAsync(deal, now =>
        {
            var from = deal.Stage;
            deal.MoveTo(target.Name, pipeline, Actor.Rep(asker.Principal.Id), now, reason);
            var done = deal.History[^1];
            return Say(
                done.Kind switch
                {
                    DealChangeKind.Won => "reps.deal.won",
                    DealChangeKind.Lost => "reps.deal.lost",
                    DealChangeKind.Reopened => "reps.deal.reopened",
                    _ => "reps.deal.moved",
                },
                ("deal", Name(deal)), ("from", from), ("to", deal.Stage), ("reason", done.Reason ?? string.Empty));
        }, cancellationToken);
    }

    private Activity NoPipeline(Deal deal) => Say("reps.move.noPipeline", ("deal", Name(deal)), ("pipeline", deal.Pipeline));

    private SalesPipeline? PipelineOf(Deal deal) =>
        pipelines.Pipelines.FirstOrDefault(p => string.Equals(p.Name, deal.Pipeline, StringComparison.OrdinalIgnoreCase));
}
