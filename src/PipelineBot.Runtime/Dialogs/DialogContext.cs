using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs.Prompts;

namespace PipelineBot.Runtime.Dialogs;

/// <summary>A dialog stack for one turn: begin, continue, end, replace and cancel dialogs.</summary>
public class DialogContext
{
    /// <summary>Wraps <paramref name="state"/>'s stack for the turn.</summary>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        Dialogs = dialogs;
        Context = turnContext;
        Stack = state.DialogStack;
    }

    /// <summary>The dialogs this context can begin.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The stack, top first; shared with the persisted <see cref="DialogState"/>.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>The context of the component dialog this stack lives in, if any.</summary>
    public DialogContext? Parent { get; set; }

    /// <summary>The dialog on top of the stack.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and starts it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' can be found from this context.");
        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Begins a prompt with its options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Hands the turn's activity to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        return await ActiveDialogOrThrow().ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken);
        if (ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }
        return await ActiveDialogOrThrow().ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>Ends the active dialog and begins another in its place, as when a loop restarts itself.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Cancels every dialog on this stack.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }
        while (Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is null ? Task.CompletedTask : ActiveDialogOrThrow().RepromptDialogAsync(Context, ActiveDialog, cancellationToken);

    /// <summary>Finds a dialog in this set or, failing that, in the enclosing components' sets.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    private Dialog ActiveDialogOrThrow() => FindDialog(ActiveDialog!.Id)
        ?? throw new InvalidOperationException($"The active dialog '{ActiveDialog.Id}' is no longer registered; the stored stack cannot continue.");

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }
        var dialog = FindDialog(instance.Id);
        if (dialog is not null)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }
        Stack.RemoveAt(0);
    }
}
