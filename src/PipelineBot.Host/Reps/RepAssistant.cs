using PipelineBot.Host.Bots;
using PipelineBot.Host.Cards;
using PipelineBot.Host.Content;
using PipelineBot.Host.Proactive;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;
using PipelineBot.Sales.Routing;

namespace PipelineBot.Host.Reps;

/// <summary>
/// A rep's turn: remember where the rep can be reached, hand over the notifications held for them, and act on the
/// buttons of the lead cards they were sent (the sales-accepted step) and of the cards asking how a meeting went
/// (<see cref="MeetingOutcomes"/>). Only the lead's owner may accept or reject it; the domain enforces that, this
/// class only reports it.
/// </summary>
public sealed class RepAssistant(
    ConversationBook conversations, RepMailbox mailbox, ILeadRepository leads, MeetingOutcomes meetingOutcomes, IDialogText text, TimeProvider time)
{
    // Reps work in the company's language, whatever locale their client reports; the rep lines exist in English.
    private const string? RepLocale = null;

    /// <summary>Handles one activity from a rep.</summary>
    public async Task OnTurnAsync(Rep rep, ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rep);
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate))
        {
            return;
        }
        await conversations.RememberAsync(ConversationBook.Rep(rep.Id), activity.GetConversationReference(), cancellationToken);
        await DeliverHeldAsync(rep, turn, cancellationToken);
        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }
        var reply = CardSubmit.From(activity) switch
        {
            { Action: CardActions.LeadAccept } submit => await AcceptAsync(rep, submit, cancellationToken),
            { Action: CardActions.LeadReject } submit => await RejectAsync(rep, submit, cancellationToken),
            { Action: CardActions.MeetingHeld } submit =>
                await meetingOutcomes.RecordAsync(rep, submit.Field(CardActions.MeetingIdField), MeetingStatus.Completed, cancellationToken),
            { Action: CardActions.MeetingNoShow } submit =>
                await meetingOutcomes.RecordAsync(rep, submit.Field(CardActions.MeetingIdField), MeetingStatus.NoShow, cancellationToken),
            _ => text.Get("reps.help", RepLocale, Values(("name", Name(rep)))),
        };
        await turn.SendActivityAsync(reply, cancellationToken: cancellationToken);
    }

    private async Task DeliverHeldAsync(Rep rep, ITurnContext turn, CancellationToken cancellationToken)
    {
        var held = await mailbox.PeekHeldAsync(rep.Id, cancellationToken);
        if (held.Count == 0)
        {
            return;
        }
        await turn.SendActivityAsync(text.Get("reps.held", RepLocale, Values(("count", held.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))), cancellationToken: cancellationToken);
        await turn.SendActivitiesAsync([.. held], cancellationToken);
        await mailbox.ReleaseHeldAsync(rep.Id, held.Count, cancellationToken);
    }

    private Task<string> AcceptAsync(Rep rep, CardSubmit submit, CancellationToken cancellationToken) =>
        ChangeLeadAsync(rep, submit, "reps.lead.accepted", (lead, now) => lead.AcceptBySales(rep.Id, now), cancellationToken);

    private async Task<string> RejectAsync(Rep rep, CardSubmit submit, CancellationToken cancellationToken)
    {
        var reason = submit.Field(CardActions.ReasonField);
        return reason is null
            ? text.Get("reps.lead.reasonNeeded", RepLocale)
            : await ChangeLeadAsync(rep, submit, "reps.lead.rejected", (lead, now) => lead.RejectBySales(reason, rep.Id, now), cancellationToken);
    }

    private async Task<string> ChangeLeadAsync(Rep rep, CardSubmit submit, string doneKey, Action<Lead, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(submit.Field(CardActions.LeadIdField), out var leadId) || await leads.GetAsync(leadId, cancellationToken) is not { } lead)
        {
            return text.Get("reps.lead.missing", RepLocale);
        }
        try
        {
            change(lead, time.GetUtcNow());
            await leads.SaveAsync(lead, cancellationToken);
            return text.Get(doneKey, RepLocale, Values(("lead", LeadName(lead))));
        }
        catch (ConcurrencyConflictException)
        {
            return text.Get("reps.lead.changed", RepLocale, Values(("lead", LeadName(lead))));
        }
        catch (SalesDomainException ex)
        {
            return text.Get("reps.lead.refused", RepLocale, Values(("lead", LeadName(lead)), ("why", ex.Message)));
        }
    }

    private string LeadName(Lead lead) => LeadNames.For(lead, text);

    private static string Name(Rep rep) => rep.DisplayName.Length > 0 ? rep.DisplayName : rep.Id;

    private static Dictionary<string, string> Values(params (string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
