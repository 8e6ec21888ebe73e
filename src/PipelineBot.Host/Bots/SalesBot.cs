using PipelineBot.Host.Content;
using PipelineBot.Host.Dialogs.Handoff;
using PipelineBot.Host.Dialogs.Qualification;
using PipelineBot.Host.Reps;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Schema;
using PipelineBot.Runtime.State;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Bots;

/// <summary>
/// One bot for both sides of the funnel. Senders configured as reps or managers get the rep assistant; everyone else
/// is a visitor and only ever reaches the qualification dialog, which sees nothing but their own lead.
/// </summary>
public sealed class SalesBot(
    ConversationState conversationState,
    QualifyLeadDialog dialog,
    RepDirectory reps,
    RepAssistant repAssistant,
    ILeadRepository leads,
    ConversationTranscript transcript,
    IDialogText text) : ActivityHandler
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = dialog.State;

    /// <inheritdoc />
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (reps.FindSender(turnContext.Activity) is { } principal)
        {
            await repAssistant.OnTurnAsync(principal, turnContext, cancellationToken);
            return;
        }
        // Kept for the rep who takes over if the visitor asks for a person.
        await transcript.TrackAsync(turnContext, cancellationToken);
        await base.OnTurnAsync(turnContext, cancellationToken);
    }

    /// <summary>Runs the visitor's message through the dialog; in a Teams channel the bot's own @mention is not part of it.</summary>
    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        turnContext.Activity.RemoveRecipientMention();
        return dialog.RunAsync(turnContext, _dialogState, cancellationToken);
    }

    /// <summary>Welcomes each new member (a returning visitor by name), then carries on with the questions still open.</summary>
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var lead = await leads.GetByVisitorAsync(QualifyLeadDialog.VisitorOf(activity), cancellationToken);
        foreach (var member in membersAdded)
        {
            // The lead belongs to the activity's sender; anyone else joining is greeted as new.
            var knownName = member.Id == activity.From?.Id ? lead?.Name : null;
            var greeting = knownName is null
                ? text.Get("qualify.welcome.new", activity.Locale)
                : text.Get("qualify.welcome.back", activity.Locale, new Dictionary<string, string> { ["name"] = knownName });
            await turnContext.SendActivityAsync(greeting, cancellationToken: cancellationToken);
        }
        if (lead is null or { Status: LeadStatus.New or LeadStatus.Engaged })
        {
            await dialog.RunAsync(turnContext, _dialogState, cancellationToken);
        }
    }

    /// <summary>A page can tell the bot what it already knows about the visitor, such as the email they signed in with.</summary>
    protected override Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Name == VisitorDetails.EventName
            ? dialog.RememberDetailsAsync(turnContext, VisitorDetails.From(turnContext.Activity), cancellationToken)
            : Task.CompletedTask;

    /// <summary>The channel closed the conversation: forget where the dialog stood.</summary>
    protected override Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        conversationState.ClearState(turnContext);
        return Task.CompletedTask;
    }
}
