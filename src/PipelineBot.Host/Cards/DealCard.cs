using System.Globalization;
using System.Text.Json.Nodes;
using PipelineBot.Host.Content;
using PipelineBot.Host.Reps;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Cards;

/// <summary>
/// "Show Acme": one deal in detail for its owner or a manager: stage and since when, value, owner, expected close,
/// next step, what needs attention (with why it is stuck), the latest history and notes; and buttons to advance it to
/// the next open stage, snooze its stuck warning for some days and add a note.
/// </summary>
public sealed class DealCard(IDialogText text, RepFormatter format)
{
    /// <summary>History entries shown, the latest; a deal worked for months has dozens.</summary>
    public const int HistoryShown = 10;

    /// <summary>Notes shown, the latest.</summary>
    public const int NotesShown = 5;

    private readonly DealButtons _buttons = new(text);

    /// <summary>The card; <paramref name="zone"/> is the reader's, which times are shown in.</summary>
    public Attachment Build(Deal deal, SalesPipeline? pipeline, DealAttention attention, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(attention);
        var body = new JsonArray
        {
            CardJson.Heading(CardJson.Plain(format.DealName(deal.Company))),
            CardJson.FactSet(Facts(deal, attention, now, zone)),
            CardJson.Section(text.ForReps("cards.deal.history")),
        };
        if (deal.History.Count > HistoryShown)
        {
            body.Add(CardJson.Text(text.ForReps("cards.deal.history.earlier", ("count", format.Number(deal.History.Count - HistoryShown))), subtle: true));
        }
        foreach (var change in deal.History.TakeLast(HistoryShown))
        {
            body.Add(CardJson.Text(Line(change.At, format.Actor(change.By), What(change, zone), zone)));
        }
        body.Add(CardJson.Section(text.ForReps("cards.deal.notes")));
        if (deal.Notes.Count == 0)
        {
            body.Add(CardJson.Text(text.ForReps("cards.deal.notes.none"), subtle: true));
        }
        foreach (var note in deal.Notes.TakeLast(NotesShown))
        {
            body.Add(CardJson.Text(Line(note.At, format.Actor(note.Author), CardJson.Plain(note.Text), zone)));
        }
        return CardJson.Attachment(body, Actions(deal, pipeline));
    }

    private IEnumerable<(string, string)> Facts(Deal deal, DealAttention attention, DateTimeOffset now, TimeZoneInfo zone)
    {
        yield return (text.ForReps("cards.deal.pipeline"), CardJson.Plain(deal.Pipeline));
        yield return (text.ForReps("cards.deal.stage"), text.ForReps("cards.deal.inStage", ("stage", CardJson.Plain(deal.Stage)), ("since", format.Time(deal.EnteredStageAt, zone))));
        yield return (text.ForReps("cards.deal.value"), format.Money(deal.Value));
        yield return (text.ForReps("cards.deal.owner"), deal.OwnerRepId is { } owner ? CardJson.Plain(format.Person(owner)) : text.ForReps("cards.deal.owner.none"));
        yield return (text.ForReps("cards.deal.expectedClose"), deal.ExpectedClose is { } close ? format.Day(close) : text.ForReps("cards.deal.none"));
        yield return (text.ForReps("cards.deal.nextStep"), deal.NextStep is { } step ? CardJson.Plain(format.Step(step)) : text.ForReps("cards.deal.none"));
        if (deal is { ClosedAt: { } closedAt, CloseReason: { } reason })
        {
            yield return (text.ForReps("cards.deal.closed"), text.ForReps("cards.deal.closed.value", ("at", format.Time(closedAt, zone)), ("reason", CardJson.Plain(reason))));
        }
        if (attention.Reasons.Count > 0)
        {
            yield return (text.ForReps("cards.deal.attention"), CardJson.Plain(format.Attention(attention)));
        }
        if (deal.StuckWarningSnoozedUntil is { } until && until > now)
        {
            yield return (text.ForReps("cards.deal.snoozed"), format.Time(until, zone));
        }
    }

    private JsonArray Actions(Deal deal, SalesPipeline? pipeline)
    {
        var actions = new JsonArray();
        if (pipeline?.NextOpenStage(deal.Stage) is { } next)
        {
            actions.Add(_buttons.Advance(deal, next.Name));
        }
        if (deal.Outcome == DealOutcome.Open)
        {
            actions.Add(_buttons.Snooze(deal.Id));
        }
        actions.Add(_buttons.Note(deal.Id));
        return actions;
    }

    private string What(DealChange change, TimeZoneInfo zone)
    {
        var key = change.Kind switch
        {
            DealChangeKind.Opened => "cards.deal.history.opened",
            DealChangeKind.StageMoved => "cards.deal.history.moved",
            DealChangeKind.Won => "cards.deal.history.won",
            DealChangeKind.Lost => "cards.deal.history.lost",
            DealChangeKind.Reopened => "cards.deal.history.reopened",
            DealChangeKind.OwnerAssigned => "cards.deal.history.owner",
            DealChangeKind.ValueSet => "cards.deal.history.value",
            DealChangeKind.ExpectedCloseSet => "cards.deal.history.expectedClose",
            DealChangeKind.ExpectedClosePushedBack => "cards.deal.history.pushedBack",
            DealChangeKind.NextStepSet => "cards.deal.history.nextStep",
            _ => "cards.deal.history.snoozed",
        };
        // The history keeps a snooze's end as a round-trip timestamp; the reader wants it on their clock.
        var to = change.Kind == DealChangeKind.StuckWarningSnoozed
            ? format.Time(DateTimeOffset.Parse(change.To, CultureInfo.InvariantCulture), zone)
            : change.To;
        return text.ForReps(key, ("from", CardJson.Plain(change.From ?? string.Empty)), ("to", CardJson.Plain(to)), ("reason", CardJson.Plain(change.Reason ?? string.Empty)));
    }

    private string Line(DateTimeOffset at, string who, string what, TimeZoneInfo zone) =>
        text.ForReps("cards.deal.history.line", ("at", format.Time(at, zone)), ("who", CardJson.Plain(who)), ("what", what));

}
