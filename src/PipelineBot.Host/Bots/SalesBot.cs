using PipelineBot.Host.Content;
using PipelineBot.Host.Dialogs;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Schema;
using PipelineBot.Runtime.State;

namespace PipelineBot.Host.Bots;

/// <summary>Greets visitors as they arrive and runs their conversation through the visitor dialog.</summary>
public sealed class SalesBot(ConversationState conversationState, UserState userState, IntroduceVisitorDialog dialog, IDialogText text) : ActivityHandler
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
    private readonly IStatePropertyAccessor<VisitorProfile> _profile = userState.CreateProperty<VisitorProfile>(nameof(VisitorProfile));

    /// <summary>Runs the visitor's message through the dialog; in a Teams channel the bot's own @mention is not part of it.</summary>
    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        turnContext.Activity.RemoveRecipientMention();
        return dialog.RunAsync(turnContext, _dialogState, cancellationToken);
    }

    /// <summary>Welcomes each new member (a returning visitor by name), then starts the questions unless they were all answered.</summary>
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var profile = await _profile.GetAsync(turnContext, cancellationToken: cancellationToken);
        var locale = turnContext.Activity.Locale;
        foreach (var member in membersAdded)
        {
            // The profile belongs to the activity's sender; anyone else joining is greeted as new.
            var knownName = member.Id == turnContext.Activity.From?.Id ? profile?.Name : null;
            var greeting = string.IsNullOrEmpty(knownName)
                ? text.Get("welcome.new", locale)
                : text.Get("welcome.back", locale, new Dictionary<string, string> { ["name"] = knownName });
            await turnContext.SendActivityAsync(greeting, cancellationToken: cancellationToken);
        }
        if (profile?.IsComplete != true)
        {
            await dialog.RunAsync(turnContext, _dialogState, cancellationToken);
        }
    }

    /// <summary>The channel closed the conversation: forget where the dialog stood.</summary>
    protected override Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        conversationState.ClearState(turnContext);
        return Task.CompletedTask;
    }
}
