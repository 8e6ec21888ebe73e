using PipelineBot.Runtime.Builder;

namespace PipelineBot.Runtime.Dialogs;

/// <summary>A unit of conversation that can span turns: it is begun, continued with each answer, and ends with a result.</summary>
public abstract class Dialog
{
    /// <summary>The result every dialog returns while it waits for the user.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    /// <summary>Creates a dialog with the given id.</summary>
    protected Dialog(string dialogId) => Id = dialogId;

    /// <summary>The id the dialog is found by in its set.</summary>
    public string Id { get; }

    /// <summary>Starts the dialog; it is already on the stack as <see cref="DialogContext.ActiveDialog"/>.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Handles the user's next activity; the default ends the dialog.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Takes control back after a child dialog ended with <paramref name="result"/>; the default ends with it.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the current question again.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Cleans up as the dialog leaves the stack.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
