using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.State;

namespace PipelineBot.Testing.Tests.TestBot;

/// <summary>Asks the visitor's name, then company, stores the profile and offers a demo; plain text steps, no prompts.</summary>
public sealed class ProfileDialog : WaterfallDialog
{
    private readonly IStatePropertyAccessor<VisitorProfile> _profile;

    public ProfileDialog(UserState userState) : base(nameof(ProfileDialog))
    {
        _profile = userState.CreateProperty<VisitorProfile>(nameof(VisitorProfile));
        AddStep(AskNameStepAsync);
        AddStep(AskCompanyStepAsync);
        AddStep(SaveProfileStepAsync);
    }

    private static async Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync("Hi! What's your name?", cancellationToken: cancellationToken);
        return EndOfTurn;
    }

    private static async Task<DialogTurnResult> AskCompanyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var name = (string)step.Result!;
        step.Values.Set("name", name);
        await step.Context.SendActivityAsync($"Which company are you with, {name}?", cancellationToken: cancellationToken);
        return EndOfTurn;
    }

    private async Task<DialogTurnResult> SaveProfileStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = new VisitorProfile(step.Values.Get<string>("name")!, (string)step.Result!);
        await _profile.SetAsync(step.Context, profile, cancellationToken);
        await step.Context.SendActivityAsync($"Nice to meet you, {profile.Name} from {profile.Company}.", cancellationToken: cancellationToken);
        await step.Context.SendActivityAsync(MessageFactory.SuggestedActions(["Yes", "No"], "Shall I book a demo?"), cancellationToken);
        return await step.EndDialogAsync(profile, cancellationToken);
    }
}
