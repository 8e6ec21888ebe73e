using System.Text.Json.Nodes;
using PipelineBot.Host.Content;
using PipelineBot.Host.Reps;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Deals;

namespace PipelineBot.Host.Cards;

/// <summary>
/// A list of deals with why each is on it (stuck, who to call today): per deal its name, value and, for a manager,
/// owner, the reason in words, and buttons to show it and, when it is stuck, to snooze the warning.
/// </summary>
public sealed class DealListCard(IDialogText text, RepFormatter format)
{
    /// <summary>Rows shown; a team's list can run to hundreds, more than a chat card carries.</summary>
    public const int RowsShown = 10;

    private readonly DealButtons _buttons = new(text);

    /// <summary>The card; <paramref name="showOwner"/> names each deal's owner, for a manager.</summary>
    public Attachment Build(string heading, IReadOnlyCollection<(DealSummary Deal, string Why, bool Stuck)> rows, bool showOwner)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var body = new JsonArray { CardJson.Heading(heading) };
        foreach (var (deal, why, stuck) in rows.Take(RowsShown))
        {
            var buttons = new JsonArray { _buttons.Show(deal.Id) };
            if (stuck)
            {
                buttons.Add(_buttons.SnoozeForAWeek(deal.Id));
            }
            body.Add(CardJson.Container(
            [
                CardJson.Section(CardJson.Plain(format.DealName(deal.Company))),
                CardJson.Text(Line(deal, showOwner), subtle: true),
                CardJson.Text(CardJson.Plain(why)),
                CardJson.ActionSet(buttons),
            ]));
        }
        if (rows.Count > RowsShown)
        {
            body.Add(CardJson.Text(text.ForReps("cards.report.more", ("count", format.Number(rows.Count - RowsShown))), subtle: true));
        }
        return CardJson.Attachment(body, []);
    }

    private string Line(DealSummary deal, bool showOwner) =>
        showOwner
            ? text.ForReps("cards.deal.line", ("value", format.Money(deal.Value)), ("owner", CardJson.Plain(deal.OwnerRepId is { } owner ? format.Person(owner) : text.ForReps("cards.deal.owner.none"))))
            : format.Money(deal.Value);
}
