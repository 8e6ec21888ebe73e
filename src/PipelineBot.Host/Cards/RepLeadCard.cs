using System.Globalization;
using System.Text.Json.Nodes;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;
using static PipelineBot.Host.Reps.RepAssistant;

namespace PipelineBot.Host.Cards;

/// <summary>
/// The card a sales rep gets for a qualified lead: who it is (or "Anonymous lead" without consent), its status and
/// score by part, the BANT verdict per dimension beside the visitor's answers, why qualification decided as it did,
/// the owner and why, the deal stage; and, while the lead's status allows it, buttons to accept it
/// (<see cref="CardActions.LeadAccept"/>) or reject it with a required reason (<see cref="CardActions.LeadReject"/>).
/// It goes to the sales team, so it is written in the content's default language whatever the visitor spoke.
/// </summary>
public sealed partial class RepLeadCard(QualificationScript script, AnswerDisplay display, IDialogText text)
{

    /// <summary>The card right after qualification: its decision, how the owner was chosen and the stage of the deal it opened.</summary>
    public Attachment Build(Lead lead, QualificationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Build(lead, result.Decision, result.Routing?.Reason, result.Deal?.Stage);
    }

    /// <summary>
    /// The card for a lead and a decision about it, e.g. from <see cref="LeadQualifier.Decide"/> when a lead is shown
    /// again later; <paramref name="routingReason"/> and <paramref name="dealStage"/> are left out when null.
    /// </summary>
    public Attachment Build(Lead lead, QualificationDecision decision, string? routingReason = null, string? dealStage = null)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(decision);
        var body = new JsonArray([.. LeadHeader.Build(lead, text, RepLocale)]);
        body.Add(CardJson.FactSet(Facts(lead, decision, routingReason, dealStage)));
        body.Add(CardJson.Section(Text("cards.lead.bant")));
        body.Add(CardJson.FactSet(Bant(lead, decision.Bant)));
        if (decision.Reasons.Count > 0)
        {
            body.Add(CardJson.Section(Text("cards.lead.reasons")));
            foreach (var reason in decision.Reasons)
            {
                body.Add(CardJson.Text("• " + CardJson.Plain(reason)));
            }
        }
        return CardJson.Attachment(body, Actions(lead));
    }

    private IEnumerable<(string, string)> Facts(Lead lead, QualificationDecision decision, string? routingReason, string? dealStage)
    {
        yield return (Text("cards.lead.status"), Status(lead.Status));
        var score = decision.Score;
        yield return (Text("cards.lead.score"), text.Get("cards.lead.score.parts", RepLocale, new Dictionary<string, string>
        {
            ["total"] = Number(score.Total), ["fit"] = Number(score.Fit), ["engagement"] = Number(score.Engagement), ["answers"] = Number(score.Answers),
        }));
        if (decision.Fit.Matches.Count > 0)
        {
            yield return (Text("cards.lead.fit"), CardJson.Plain(string.Join("; ", decision.Fit.Matches)));
        }
        yield return (Text("cards.lead.owner"), lead.OwnerRepId is { } owner ? CardJson.Plain(owner) : Text("cards.lead.owner.none"));
        if (!string.IsNullOrWhiteSpace(routingReason))
        {
            yield return (Text("cards.lead.routing"), CardJson.Plain(routingReason));
        }
        if (!string.IsNullOrWhiteSpace(dealStage))
        {
            yield return (Text("cards.lead.stage"), CardJson.Plain(dealStage));
        }
    }

    private JsonArray Actions(Lead lead)
    {
        var actions = new JsonArray();
        var leadId = (CardActions.LeadIdField, lead.Id.ToString());
        // Only the moves the lifecycle allows: a cold lead, or one a rep already decided on, gets no buttons to press in vain.
        if (LeadLifecycle.CanMove(lead.Status, LeadStatus.SalesAccepted))
        {
            actions.Add(CardJson.Submit(Text("cards.lead.accept"), CardJson.Data(CardActions.LeadAccept, leadId), "positive"));
        }
        if (LeadLifecycle.CanMove(lead.Status, LeadStatus.SalesRejected))
        {
            actions.Add(CardJson.ShowCard(Text("cards.lead.reject"), RejectPanel(leadId)));
        }
        return actions;
    }

    private JsonObject RejectPanel((string, string) leadId)
    {
        var reason = new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = CardActions.ReasonField,
            ["label"] = Text("cards.lead.reject.label"),
            ["placeholder"] = Text("cards.lead.reject.placeholder"),
            ["isMultiline"] = true,
            ["maxLength"] = QualificationQuestion.MaxRawTextLength,
            ["isRequired"] = true,
            ["errorMessage"] = Text("cards.lead.reject.missing"),
        };
        var submit = CardJson.Submit(Text("cards.lead.reject.submit"), CardJson.Data(CardActions.LeadReject, leadId), "destructive");
        return CardJson.NestedCard([reason], [submit]);
    }

    private string Status(LeadStatus status) => Text(status switch
    {
        LeadStatus.New => "cards.lead.status.new",
        LeadStatus.Engaged => "cards.lead.status.engaged",
        LeadStatus.Cold => "cards.lead.status.cold",
        LeadStatus.Mql => "cards.lead.status.mql",
        LeadStatus.Sql => "cards.lead.status.sql",
        LeadStatus.SalesAccepted => "cards.lead.status.accepted",
        LeadStatus.SalesRejected => "cards.lead.status.rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown lead status."),
    });

    private string Text(string key) => text.Get(key, RepLocale);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
