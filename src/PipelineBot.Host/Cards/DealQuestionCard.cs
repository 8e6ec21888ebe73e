using System.Text.Json.Nodes;
using PipelineBot.Host.Content;
using PipelineBot.Host.Reps;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Cards;

/// <summary>
/// The cards the assistant asks with before it changes a deal: confirm a backward or skipping move, give the reason a
/// deal was won or lost, say when a next step is due, or pick which deal a name meant. The question itself is the
/// message's text; the card holds what answers it. Each button carries all the dispatcher needs, so an answer works
/// whenever it comes and nothing waits in conversation state.
/// </summary>
public sealed class DealQuestionCard(IDialogText text, RepFormatter format)
{
    /// <summary>Yes (the move, confirmed) or no (the deal stays).</summary>
    public Attachment ConfirmMove(Deal deal, PipelineStage target)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(target);
        return CardJson.Attachment([],
        [
            CardJson.Submit(text.ForReps("cards.deal.confirm"), Move(deal, target), "positive"),
            CardJson.Submit(text.ForReps("cards.deal.keep", ("stage", deal.Stage)), CardJson.Data(CardActions.DealKeep, DealButtons.Id(deal.Id))),
        ]);
    }

    /// <summary>A required reason, and the button that closes the deal with it (confirming the move too).</summary>
    public Attachment Reason(Deal deal, PipelineStage target)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(target);
        var reason = CardJson.Input("Input.Text", CardActions.ReasonField, text.ForReps("cards.deal.reason.label"), text.ForReps("cards.deal.reason.missing"),
            ("isMultiline", true), ("maxLength", Deal.MaxNoteLength));
        var title = text.ForReps(target.Outcome == DealOutcome.Won ? "cards.deal.reason.won" : "cards.deal.reason.lost");
        return CardJson.Attachment([reason], [CardJson.Submit(title, Move(deal, target), target.Outcome == DealOutcome.Won ? "positive" : "destructive")]);
    }

    /// <summary>The step (filled in with what the rep said) and its due day, and the button that sets both.</summary>
    public Attachment NextStep(Guid dealId, string? step)
    {
        var action = CardJson.Input("Input.Text", CardActions.StepField, text.ForReps("cards.deal.nextStep.label"), text.ForReps("cards.deal.nextStep.missing"),
            ("maxLength", Deal.MaxNextStepLength), ("value", step));
        var due = CardJson.Input("Input.Date", CardActions.DueField, text.ForReps("cards.deal.nextStep.due"), text.ForReps("cards.deal.nextStep.missing"));
        return CardJson.Attachment([action, due],
            [CardJson.Submit(text.ForReps("cards.deal.nextStep.submit"), CardJson.Data(CardActions.DealNextStep, DealButtons.Id(dealId)))]);
    }

    /// <summary>One button per deal the name fitted; each carries out <paramref name="message"/> again for its deal.</summary>
    public Attachment Pick(IEnumerable<DealSummary> candidates, string message)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var buttons = candidates.Select(deal => (JsonNode)CardJson.Submit(
            text.ForReps("cards.deal.pick",
                ("deal", format.DealName(deal.Company)),
                ("stage", deal.Stage),
                ("owner", deal.OwnerRepId is { } owner ? format.Person(owner) : text.ForReps("cards.deal.owner.none"))),
            CardJson.Data(CardActions.DealPick, DealButtons.Id(deal.Id), (CardActions.MessageField, message))));
        return CardJson.Attachment([], [.. buttons]);
    }

    private static JsonObject Move(Deal deal, PipelineStage target) => CardJson.Data(CardActions.DealMove,
        DealButtons.Id(deal.Id), (CardActions.FromStageField, deal.Stage), (CardActions.ToStageField, target.Name), (CardActions.ConfirmedField, "true"));
}
