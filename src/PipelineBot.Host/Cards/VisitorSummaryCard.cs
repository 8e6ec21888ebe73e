using System.Text.Json.Nodes;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Cards;

/// <summary>
/// The card that shows visitors what they told us, in their language, before it counts: each answer beside its
/// question's label in script order, a button to confirm (<see cref="CardActions.SummaryConfirm"/>) and an edit panel
/// to pick one answer to give again (<see cref="CardActions.SummaryEdit"/> with <see cref="CardActions.QuestionIdField"/>).
/// </summary>
public sealed class VisitorSummaryCard(QualificationScript script, AnswerDisplay display, IDialogText text)
{
    /// <summary>The summary of <paramref name="lead"/>'s answers in <paramref name="locale"/>; unanswered questions are left out.</summary>
    public Attachment Build(Lead lead, string? locale)
    {
        ArgumentNullException.ThrowIfNull(lead);
        // Script order, not answer order: a corrected answer stays where its question is asked.
        var answers = script.Questions.Select(q => lead.Answers.GetValueOrDefault(q.Id)).OfType<LeadAnswer>().ToList();
        var body = new JsonArray { CardJson.Heading(text.Get("cards.summary.title", locale)) };
        if (answers.Count > 0)
        {
            body.Add(CardJson.FactSet(answers.Select(a => (display.Label(a.QuestionId, locale), CardJson.Plain(display.Format(a, locale))))));
        }
        var actions = new JsonArray { CardJson.Submit(text.Get("cards.summary.confirm", locale), CardJson.Data(CardActions.SummaryConfirm), "positive") };
        if (answers.Count > 0)
        {
            actions.Add(CardJson.ShowCard(text.Get("cards.summary.edit", locale), EditPanel(answers, locale)));
        }
        return CardJson.Attachment(body, actions);
    }

    /// <summary>Consent is not offered for editing: taking it back is "delete my data", which asks first.</summary>
    private JsonObject EditPanel(List<LeadAnswer> answers, string? locale)
    {
        var editable = answers.Where(a => a.Field != LeadField.Consent && a.Value is not null);
        var picker = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = CardActions.QuestionIdField,
            ["label"] = text.Get("cards.summary.pick", locale),
            ["style"] = "compact",
            ["isRequired"] = true,
            ["errorMessage"] = text.Get("cards.summary.pick.missing", locale),
            ["choices"] = new JsonArray([.. editable.Select(a => new JsonObject { ["title"] = display.Label(a.QuestionId, locale), ["value"] = a.QuestionId })]),
        };
        var change = CardJson.Submit(text.Get("cards.summary.change", locale), CardJson.Data(CardActions.SummaryEdit));
        return CardJson.NestedCard([picker], [change]);
    }
}
