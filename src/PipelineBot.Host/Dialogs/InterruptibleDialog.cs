using PipelineBot.Host.Content;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Dialogs;

/// <summary>
/// Handles "help", "cancel" and "start over" around whatever step is active, as Bot Framework's CoreBot does.
/// Only a message that is exactly one of the phrases counts, so an answer that merely contains "help" stays an answer.
/// After an interruption the visitor is told the conversation picks up where it stopped, then asked again.
/// </summary>
public abstract class InterruptibleDialog(string dialogId, IDialogText text) : ComponentDialog(dialogId)
{
    /// <summary>The conversation content.</summary>
    protected IDialogText Text { get; } = text;

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var activity = innerDc.Context.Activity;
        var said = activity.Type == ActivityTypes.Message ? Normalise(activity.Text) : null;
        if (said is not null && await OnInterruptAsync(innerDc, said, cancellationToken) is { } handled)
        {
            return handled;
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    /// <summary>
    /// Handles the message when it is an interruption and returns the turn's result; returns null to let the active
    /// step take it as an answer. Overrides handle their own phrases and then call the base for the common ones.
    /// </summary>
    protected virtual async Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, string said, CancellationToken cancellationToken)
    {
        var locale = innerDc.Context.Activity.Locale;
        if (Means(said, "common.intent.help", locale))
        {
            await innerDc.Context.SendActivityAsync(Text.Get("common.help", locale), cancellationToken: cancellationToken);
            return await ResumeAsync(innerDc, cancellationToken);
        }
        if (Means(said, "common.intent.cancel", locale))
        {
            await innerDc.Context.SendActivityAsync(Text.Get("common.cancelled", locale), cancellationToken: cancellationToken);
            return await innerDc.CancelAllDialogsAsync(cancellationToken);
        }
        if (Means(said, "common.intent.restart", locale))
        {
            await innerDc.Context.SendActivityAsync(Text.Get("common.restarting", locale), cancellationToken: cancellationToken);
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            await ForgetAnswersAsync(innerDc, cancellationToken);
            return await innerDc.BeginDialogAsync(InitialDialogId!, null, cancellationToken);
        }
        return null;
    }

    /// <summary>Called on "start over" before the first question is asked again: drop what this dialog has stored so far.</summary>
    protected virtual Task ForgetAnswersAsync(DialogContext innerDc, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Says the conversation picks up where it stopped and asks the waiting question again.</summary>
    protected async Task<DialogTurnResult> ResumeAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.Context.SendActivityAsync(Text.Get("common.resume", innerDc.Context.Activity.Locale), cancellationToken: cancellationToken);
        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    /// <summary>True when the whole message is one of the phrases under the content key, ignoring case.</summary>
    protected bool Means(string said, string intentKey, string? locale) =>
        Text.Phrases(intentKey, locale).Any(p => string.Equals(p, said, StringComparison.OrdinalIgnoreCase));

    /// <summary>The message without surrounding blanks and closing punctuation, or null when nothing is left.</summary>
    protected static string? Normalise(string? text) => text?.Trim().TrimEnd('.', '!').Trim() is { Length: > 0 } t ? t : null;
}
