using PipelineBot.Host.Content;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Runtime.State;

namespace PipelineBot.Host.Dialogs;

/// <summary>Asks a new visitor's name and company and remembers them; a returning visitor is greeted by name instead.</summary>
public sealed class IntroduceVisitorDialog : InterruptibleDialog
{
    private const string NamePrompt = "namePrompt";
    private const string CompanyPrompt = "companyPrompt";
    private readonly IStatePropertyAccessor<VisitorProfile> _profile;

    /// <summary>Creates the dialog over the visitor's profile in user state.</summary>
    public IntroduceVisitorDialog(IDialogText text, UserState userState) : base(nameof(IntroduceVisitorDialog), text)
    {
        _profile = userState.CreateProperty<VisitorProfile>(nameof(VisitorProfile));
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskNameStepAsync, AskCompanyStepAsync, ConfirmStepAsync]));
        AddDialog(new TextPrompt(NamePrompt, LengthValidator(100)));
        AddDialog(new TextPrompt(CompanyPrompt, LengthValidator(200)));
        InitialDialogId = nameof(WaterfallDialog);
    }

    private async Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(step.Context, cancellationToken);
        if (profile.IsComplete)
        {
            await step.Context.SendActivityAsync(Say(step, "introduce.known", profile), cancellationToken: cancellationToken);
            return await step.EndDialogAsync(profile, cancellationToken);
        }
        if (!string.IsNullOrEmpty(profile.Name))
        {
            return await step.NextAsync(profile.Name, cancellationToken);
        }
        return await step.PromptAsync(NamePrompt, Ask(step, "introduce.name.ask", "introduce.name.retry", profile), cancellationToken);
    }

    private async Task<DialogTurnResult> AskCompanyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(step.Context, cancellationToken);
        profile.Name = (string)step.Result!;
        return await step.PromptAsync(CompanyPrompt, Ask(step, "introduce.company.ask", "introduce.company.retry", profile), cancellationToken);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(step.Context, cancellationToken);
        profile.Company = (string)step.Result!;
        await step.Context.SendActivityAsync(Say(step, "introduce.done", profile), cancellationToken: cancellationToken);
        return await step.EndDialogAsync(profile, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task ForgetAnswersAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        _profile.DeleteAsync(innerDc.Context, cancellationToken);

    private async Task<VisitorProfile> ProfileAsync(ITurnContext context, CancellationToken cancellationToken) =>
        (await _profile.GetAsync(context, () => new VisitorProfile(), cancellationToken))!;

    private PromptOptions Ask(WaterfallStepContext step, string askKey, string retryKey, VisitorProfile profile) => new()
    {
        Prompt = MessageFactory.Text(Say(step, askKey, profile)),
        RetryPrompt = MessageFactory.Text(Say(step, retryKey, profile)),
    };

    private string Say(WaterfallStepContext step, string key, VisitorProfile profile) =>
        Text.Get(key, step.Context.Activity.Locale, new Dictionary<string, string>
        {
            ["name"] = profile.Name ?? string.Empty,
            ["company"] = profile.Company ?? string.Empty,
        });

    // Names and companies are free text, but an answer of only symbols or a pasted essay is not one.
    private static PromptValidator<string> LengthValidator(int maxLength) => (prompt, _) =>
        Task.FromResult(prompt.Recognized.Value is { } value && value.Length <= maxLength && value.Any(char.IsLetterOrDigit));
}
