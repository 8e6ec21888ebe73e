using System.Text.Json;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Schema;
using PipelineBot.Runtime.State;

namespace PipelineBot.Testing.Tests.TestBot;

/// <summary>
/// The tiny bot the library is tested against: greets newcomers by running <see cref="ProfileDialog"/>, welcomes
/// returning visitors back, books a demo on a card submit and answers the Web Chat join event.
/// </summary>
public sealed class ProfileBot(ConversationState conversationState, UserState userState, ProfileDialog dialog) : ActivityHandler
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
    private readonly IStatePropertyAccessor<VisitorProfile> _profile = userState.CreateProperty<VisitorProfile>(nameof(VisitorProfile));

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await _profile.GetAsync(turnContext, cancellationToken: cancellationToken) is { } profile)
        {
            await _profile.SetAsync(turnContext, profile with { Visits = profile.Visits + 1 }, cancellationToken);
            await turnContext.SendActivityAsync($"Welcome back, {profile.Name}!", cancellationToken: cancellationToken);
            return;
        }
        await dialog.RunAsync(turnContext, _dialogState, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!turnContext.Activity.IsCardSubmit())
        {
            await dialog.RunAsync(turnContext, _dialogState, cancellationToken);
            return;
        }
        // Typing first, as real bots do before slow work: stories and transcripts must look past it.
        await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
        var profile = await _profile.GetAsync(turnContext, cancellationToken: cancellationToken);
        await _profile.SetAsync(turnContext, profile! with { DemoBooked = true }, cancellationToken);
        var card = new Attachment { ContentType = AdaptiveCard, Content = JsonSerializer.SerializeToElement(new { type = "AdaptiveCard", version = "1.5" }) };
        await turnContext.SendActivityAsync(MessageFactory.Attachment(card, "Demo booked."), cancellationToken);
    }

    protected override async Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name == "webchat/join")
        {
            var locale = turnContext.Activity.Value is JsonElement value && value.TryGetProperty("locale", out var l) ? l.GetString() : "unknown";
            await turnContext.SendActivityAsync($"Welcome from Web Chat ({locale})!", cancellationToken: cancellationToken);
        }
    }
}
