using System.Text.Json;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Dialogs.Prompts;

/// <summary>
/// A dialog that asks one question and ends with the typed answer: it recognises each reply, runs the validator,
/// and re-prompts until the answer is usable or <see cref="PromptOptions.MaxAttempts"/> runs out.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string StateKey = "state";
    private const string AttemptCountKey = "attemptCount";
    private readonly PromptValidator<T>? _validator;

    /// <summary>Creates the prompt with an optional validator.</summary>
    protected Prompt(string dialogId, PromptValidator<T>? validator = null) : base(dialogId) => _validator = validator;

    /// <summary>The locale used when the activity carries none.</summary>
    public string DefaultLocale { get; set; } = "en-US";

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' must be begun with PromptOptions.", nameof(options));
        var instance = dc.ActiveDialog!;
        instance.State[OptionsKey] = JsonSerializer.SerializeToNode(promptOptions, BotJson.Options);
        instance.State[StateKey] = new System.Text.Json.Nodes.JsonObject();
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }
        var instance = dc.ActiveDialog!;
        var options = ReadOptions(instance);
        var state = new DialogValues((System.Text.Json.Nodes.JsonObject)instance.State[StateKey]!);
        var attemptCount = state.Get<int>(AttemptCountKey) + 1;
        state.Set(AttemptCountKey, attemptCount);

        var recognized = await OnRecognizeAsync(dc.Context, options, cancellationToken);
        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, options, state, attemptCount), cancellationToken);
        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }
        if (options.MaxAttempts is { } max && attemptCount >= max)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }
        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, options, isRetry: true, cancellationToken);
        }
        return EndOfTurn;
    }

    /// <summary>A dialog pushed on top of the prompt ended: ask again rather than end.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        OnPromptAsync(turnContext, ReadOptions(instance), isRetry: false, cancellationToken);

    /// <summary>Sends the question, or the retry prompt after an unusable answer.</summary>
    protected virtual Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var prompt = options.QuestionFor(isRetry);
        if (prompt is null)
        {
            return Task.CompletedTask;
        }
        prompt.InputHint ??= InputHints.ExpectingInput;
        return turnContext.SendActivityAsync(prompt, cancellationToken);
    }

    /// <summary>Recognises the typed value in the user's answer.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>The activity's locale, else <see cref="DefaultLocale"/>.</summary>
    protected string LocaleOf(ITurnContext turnContext) =>
        string.IsNullOrWhiteSpace(turnContext.Activity.Locale) ? DefaultLocale : turnContext.Activity.Locale;

    private static PromptOptions ReadOptions(DialogInstance instance) =>
        instance.State[OptionsKey].Deserialize<PromptOptions>(BotJson.Options) ?? new PromptOptions();
}
