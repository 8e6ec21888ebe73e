using PipelineBot.Host.Bots;
using PipelineBot.Host.Cards;
using PipelineBot.Host.Content;
using PipelineBot.Host.Proactive;
using PipelineBot.Host.Reps.Commands;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Reps;

/// <summary>
/// A rep's or manager's turn: remember where they can be reached, hand over the notifications held for them, act on
/// the buttons of the lead cards they were sent (the sales-accepted step) and of the cards asking how a meeting went
/// (<see cref="MeetingOutcomes"/>), and pass deal buttons and any other message to the command dispatcher. Only the lead's owner may
/// accept or reject it; the domain enforces that, this class only reports it.
/// </summary>
public sealed class RepAssistant(
    ConversationBook conversations,
    RepMailbox mailbox,
    ILeadRepository leads,
    MeetingOutcomes meetingOutcomes,
    RepCommandDispatcher commands,
    IDialogText text,
    TimeProvider time)
{
    /// <summary>
    /// The locale of everything said to the sales team, on cards and in notices too: null asks the content for its default
    /// language, the one every key exists in. Reps work in the company's language, whatever locale their client reports.
    /// </summary>
    internal const string? RepLocale = null;

    /// <summary>Handles one activity from a rep or manager.</summary>
    public async Task OnTurnAsync(Principal principal, ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate))
        {
            return;
        }
        await conversations.RememberAsync(ConversationBook.Rep(principal.Id), activity.GetConversationReference(), cancellationToken);
        await DeliverHeldAsync(principal, turn, cancellationToken);
        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }
        var reply = CardSubmit.From(activity) switch
        {
            { Action: CardActions.LeadAccept } submit => MessageFactory.Text(await AcceptAsync(principal, submit, cancellationToken)),
            { Action: CardActions.LeadReject } submit => MessageFactory.Text(await RejectAsync(principal, submit, cancellationToken)),
            { Action: CardActions.MeetingHeld } submit => MessageFactory.Text(
                await meetingOutcomes.RecordAsync(principal, submit.Field(CardActions.MeetingIdField), MeetingStatus.Completed, cancellationToken)),
            { Action: CardActions.MeetingNoShow } submit => MessageFactory.Text(
                await meetingOutcomes.RecordAsync(principal, submit.Field(CardActions.MeetingIdField), MeetingStatus.NoShow, cancellationToken)),
            { } submit when submit.Action.StartsWith(CardActions.DealPrefix, StringComparison.Ordinal) =>
                await commands.SubmitAsync(principal, submit, activity, cancellationToken),
            _ => await commands.HandleAsync(principal, activity, cancellationToken),
        };
        await turn.SendActivityAsync(reply, cancellationToken);
    }

    private async Task DeliverHeldAsync(Principal principal, ITurnContext turn, CancellationToken cancellationToken)
    {
        var held = await mailbox.PeekHeldAsync(principal.Id, cancellationToken);
        if (held.Count == 0)
        {
            return;
        }
        await turn.SendActivityAsync(text.Get("reps.held", RepLocale, Values(("count", held.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))), cancellationToken: cancellationToken);
        await turn.SendActivitiesAsync([.. held], cancellationToken);
        await mailbox.ReleaseHeldAsync(principal.Id, held.Count, cancellationToken);
    }

    private Task<string> AcceptAsync(Principal principal, CardSubmit submit, CancellationToken cancellationToken) =>
        ChangeLeadAsync(principal, submit, "reps.lead.accepted", (lead, now) => lead.AcceptBySales(principal.Id, now), cancellationToken);

    private async Task<string> RejectAsync(Principal principal, CardSubmit submit, CancellationToken cancellationToken)
    {
        var reason = submit.Field(CardActions.ReasonField);
        return reason is null
            ? text.Get("reps.lead.reasonNeeded", RepLocale)
            : await ChangeLeadAsync(principal, submit, "reps.lead.rejected", (lead, now) => lead.RejectBySales(reason, principal.Id, now), cancellationToken);
    }

    private async Task<string> ChangeLeadAsync(Principal principal, CardSubmit submit, string doneKey, Action<Lead, DateTimeOffset> change, CancellationToken cancellationToken)
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

    private static Dictionary<string, string> Values(params (string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
