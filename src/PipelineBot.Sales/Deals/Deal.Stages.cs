using System.Globalization;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Sales.Deals;

/// <summary>Stage moves, winning and losing; every stage change goes through <see cref="MoveTo"/>.</summary>
public sealed partial class Deal
{
    /// <summary>
    /// Checks a move without making it, so the chat can ask first when <see cref="StageMove.NeedsConfirmation"/>.
    /// </summary>
    /// <exception cref="SalesDomainException">The stage is not in the deal's pipeline, or the deal is in it already.</exception>
    public StageMove PreviewMove(string stageName, SalesPipeline pipeline)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stageName);
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!string.Equals(pipeline.Name, Pipeline, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Deal {Id} runs through pipeline '{Pipeline}', not '{pipeline.Name}'.", nameof(pipeline));
        }
        var target = pipeline.Get(stageName);
        if (string.Equals(target.Name, Stage, StringComparison.OrdinalIgnoreCase))
        {
            throw new SalesDomainException($"Deal {Id} is already in stage '{Stage}'.");
        }
        // A stage removed from the configuration since the deal entered it has no place to compare with: the move is
        // allowed unflagged, or the deal could never leave it.
        if (pipeline.Find(Stage) is not { } current)
        {
            return new StageMove(Stage, target, IsBackward: false, SkippedStages: []);
        }
        var backward = target.Position < current.Position;
        var skipped = backward || target.Outcome == DealOutcome.Lost
            ? []
            : pipeline.OpenStages.Where(s => s.Position > current.Position && s.Position < target.Position).Select(s => s.Name).ToList();
        return new StageMove(Stage, target, backward, skipped);
    }

    /// <summary>
    /// Moves the deal to a stage of its pipeline, forward or back. Entering a won or lost stage from one that is not
    /// closes the deal and needs a reason; entering an open stage from a closed one reopens it.
    /// </summary>
    /// <returns>The move made, flags included, e.g. for the rep's confirmation message.</returns>
    /// <exception cref="SalesDomainException">The stage is unknown or current, or a reason is missing.</exception>
    public StageMove MoveTo(string stageName, SalesPipeline pipeline, Actor by, DateTimeOffset now, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(by);
        var move = PreviewMove(stageName, pipeline);
        var kind = (Outcome, move.To.Outcome) switch
        {
            (not DealOutcome.Won, DealOutcome.Won) => DealChangeKind.Won,
            (not DealOutcome.Lost, DealOutcome.Lost) => DealChangeKind.Lost,
            (not DealOutcome.Open, DealOutcome.Open) => DealChangeKind.Reopened,
            _ => DealChangeKind.StageMoved,
        };
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (kind is DealChangeKind.Won or DealChangeKind.Lost && why is null)
        {
            throw new SalesDomainException($"Deal {Id} cannot be {kind.ToString().ToLowerInvariant()} without a reason; say why.");
        }
        Record(kind, Stage, move.To.Name, by, now, why);
        Stage = move.To.Name;
        EnteredStageAt = now;
        StuckWarningSnoozedUntil = null;
        if (kind != DealChangeKind.StageMoved)
        {
            Outcome = move.To.Outcome;
            ClosedAt = Outcome == DealOutcome.Open ? null : now;
            CloseReason = Outcome == DealOutcome.Open ? null : why;
        }
        return move;
    }

    /// <summary>
    /// Silences the stuck warning until <paramref name="until"/>, or until the deal enters another stage, for a deal its
    /// owner knows is waiting on the buyer (a budget round, a holiday). A later snooze replaces an earlier one.
    /// </summary>
    /// <exception cref="SalesDomainException">The deal is closed, or the time is not after now.</exception>
    public void SnoozeStuckWarning(DateTimeOffset until, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Outcome != DealOutcome.Open)
        {
            throw new SalesDomainException($"Deal {Id} is {Outcome.ToString().ToLowerInvariant()}; only an open deal can be stuck.");
        }
        if (until <= now)
        {
            throw new SalesDomainException($"A snooze must end after now ({now:O}), not at {until:O}.");
        }
        Record(DealChangeKind.StuckWarningSnoozed, StuckWarningSnoozedUntil?.ToString("O", CultureInfo.InvariantCulture), until.ToString("O", CultureInfo.InvariantCulture), by, now);
        StuckWarningSnoozedUntil = until;
    }

    /// <summary>Wins the deal: it moves to the pipeline's first won stage, with the reason it was won.</summary>
    /// <exception cref="SalesDomainException">The reason is blank or the deal is in that stage already.</exception>
    public StageMove Win(string reason, SalesPipeline pipeline, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return MoveTo(pipeline.FirstClosing(DealOutcome.Won).Name, pipeline, by, now, reason);
    }

    /// <summary>Loses the deal: it moves to the pipeline's first lost stage, with the reason it was lost.</summary>
    /// <exception cref="SalesDomainException">The reason is blank or the deal is in that stage already.</exception>
    public StageMove Lose(string reason, SalesPipeline pipeline, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return MoveTo(pipeline.FirstClosing(DealOutcome.Lost).Name, pipeline, by, now, reason);
    }
}
