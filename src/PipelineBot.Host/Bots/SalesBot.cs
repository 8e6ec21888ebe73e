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

    /// <inheritdoc />
    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        dialog.RunAsync(turnContext, _dialogState, cancellationToken);

    /// <summary>Welcomes a new visitor and starts the questions, or greets a returning one by name.</summary>
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var profile = await _profile.GetAsync(turnContext, cancellationToken: cancellationToken);
        var locale = turnContext.Activity.Locale;
        var greeting = string.IsNullOrEmpty(profile?.Name)
            ? text.Get("welcome.new", locale)
            : text.Get("welcome.back", locale, new Dictionary<string, string> { ["name"] = profile.Name });
        await turnContext.SendActivityAsync(greeting, cancellationToken: cancellationToken);
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
