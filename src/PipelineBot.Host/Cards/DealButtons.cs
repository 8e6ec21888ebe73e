using System.Globalization;
using System.Text.Json.Nodes;
using PipelineBot.Host.Content;
using PipelineBot.Host.Reps;
using PipelineBot.Host.Reps.Commands;
using PipelineBot.Sales.Deals;

namespace PipelineBot.Host.Cards;

/// <summary>
/// The buttons a deal offers wherever it is shown, on its own card or as a row of a list, so each works the same
/// everywhere. Every one carries the deal's id; the dispatcher checks the clicker may see it before acting.
/// </summary>
internal sealed class DealButtons(IDialogText text)
{
    private const int DefaultSnoozeDays = 7;

    public JsonObject Show(Guid dealId) => CardJson.Submit(text.ForReps("cards.deal.show"), CardJson.Data(CardActions.DealShow, Id(dealId)));

    /// <summary>Moves the deal on to the next stage, if it is still where the card showed it.</summary>
    public JsonObject Advance(Deal deal, string nextStage) => CardJson.Submit(
        text.ForReps("cards.deal.advance", ("stage", nextStage)),
        CardJson.Data(CardActions.DealMove, Id(deal.Id), (CardActions.FromStageField, deal.Stage), (CardActions.ToStageField, nextStage)),
        "positive");

    /// <summary>Snoozes for the usual week at one click: a list has one per row, and a days input in each would clash by id.</summary>
    public JsonObject SnoozeForAWeek(Guid dealId) => CardJson.Submit(
        text.ForReps("cards.deal.snooze.week", ("days", DefaultSnoozeDays.ToString(CultureInfo.InvariantCulture))),
        CardJson.Data(CardActions.DealSnooze, Id(dealId), (CardActions.DaysField, DefaultSnoozeDays.ToString(CultureInfo.InvariantCulture))));

    /// <summary>Snoozes for as many days as the rep types.</summary>
    public JsonObject Snooze(Guid dealId)
    {
        var max = DealCommands.MaxSnoozeDays.ToString(CultureInfo.InvariantCulture);
        var days = CardJson.Input("Input.Number", CardActions.DaysField, text.ForReps("cards.deal.snooze.label"),
            text.ForReps("cards.deal.snooze.missing", ("max", max)),
            ("min", 1), ("max", DealCommands.MaxSnoozeDays), ("value", DefaultSnoozeDays));
        var submit = CardJson.Submit(text.ForReps("cards.deal.snooze.submit"), CardJson.Data(CardActions.DealSnooze, Id(dealId)));
        return CardJson.ShowCard(text.ForReps("cards.deal.snooze"), CardJson.NestedCard([days], [submit]));
    }

    public JsonObject Note(Guid dealId)
    {
        var note = CardJson.Input("Input.Text", CardActions.NoteField, text.ForReps("cards.deal.note.label"), text.ForReps("cards.deal.note.missing"),
            ("isMultiline", true), ("maxLength", Deal.MaxNoteLength));
        var submit = CardJson.Submit(text.ForReps("cards.deal.note.submit"), CardJson.Data(CardActions.DealNote, Id(dealId)));
        return CardJson.ShowCard(text.ForReps("cards.deal.note"), CardJson.NestedCard([note], [submit]));
    }

    public static (string, string) Id(Guid dealId) => (CardActions.DealIdField, dealId.ToString());
}
