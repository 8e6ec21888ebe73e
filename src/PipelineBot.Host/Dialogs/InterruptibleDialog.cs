using PipelineBot.Host.Content;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Dialogs;

/// <summary>
/// Handles "help", "cancel" and "start over" around whatever step is active, as Bot Framework's CoreBot does.
/// Only a message that is exactly one of the phrases counts, so an answer that merely contains "help" stays an answer.
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
        if (said is null)
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
        if (Means(said, "common.intent.help", activity.Locale))
        {
            await innerDc.Context.SendActivityAsync(Text.Get("common.help", activity.Locale), cancellationToken: cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }
        if (Means(said, "common.intent.cancel", activity.Locale))
        {
            await innerDc.Context.SendActivityAsync(Text.Get("common.cancelled", activity.Locale), cancellationToken: cancellationToken);
            return await innerDc.CancelAllDialogsAsync(cancellationToken);
        }
        if (Means(said, "common.intent.restart", activity.Locale))
        {
            await innerDc.Context.SendActivityAsync(Text.Get("common.restarting", activity.Locale), cancellationToken: cancellationToken);
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            await ForgetAnswersAsync(innerDc, cancellationToken);
            return await innerDc.BeginDialogAsync(InitialDialogId!, null, cancellationToken);
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    /// <summary>Called on "start over" before the first question is asked again: drop what this dialog has stored so far.</summary>
    protected virtual Task ForgetAnswersAsync(DialogContext innerDc, CancellationToken cancellationToken) => Task.CompletedTask;

    private bool Means(string said, string intentKey, string? locale) =>
        Text.Phrases(intentKey, locale).Any(p => string.Equals(p, said, StringComparison.OrdinalIgnoreCase));

    private static string? Normalise(string? text) => text?.Trim().TrimEnd('.', '!').Trim() is { Length: > 0 } t ? t : null;
}
