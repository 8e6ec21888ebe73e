using System.Text.Json;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Dialogs;

/// <summary>A dialog made of dialogs: its own inner stack runs inside one entry of the outer stack.</summary>
public class ComponentDialog : Dialog
{
    private const string InnerStateKey = "dialogs";

    /// <summary>Creates an empty component; add its dialogs with <see cref="AddDialog"/>.</summary>
    public ComponentDialog(string dialogId) : base(dialogId) { }

    /// <summary>The dialog begun when the component begins; defaults to the first one added.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>The component's own dialogs.</summary>
    protected DialogSet Dialogs { get; } = new();

    /// <summary>Adds a dialog to the component.</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default) =>
        RunInnerAsync(dc, new DialogState(), inner => OnBeginDialogAsync(inner, options, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        RunInnerAsync(dc, ReadInnerState(dc.ActiveDialog!), inner => OnContinueDialogAsync(inner, cancellationToken), cancellationToken);

    /// <summary>
    /// Called when a dialog pushed on top of the component (rather than inside it) ends: the component keeps going
    /// by asking its current question again instead of ending early.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var state = ReadInnerState(instance);
        return new DialogContext(Dialogs, turnContext, state).RepromptDialogAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var state = ReadInnerState(instance);
            await new DialogContext(Dialogs, turnContext, state).CancelAllDialogsAsync(cancellationToken);
            WriteInnerState(instance, state);
        }
    }

    /// <summary>Starts the inner stack; override to run code before the first dialog.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs."), options, cancellationToken);

    /// <summary>Continues the inner stack; override to intercept messages first (interruptions such as help or cancel).</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    /// <summary>Ends the component with the inner stack's result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken) =>
        outerDc.EndDialogAsync(result, cancellationToken);

    private async Task<DialogTurnResult> RunInnerAsync(DialogContext outerDc, DialogState innerState, Func<DialogContext, Task<DialogTurnResult>> run, CancellationToken cancellationToken)
    {
        var instance = outerDc.ActiveDialog!;
        var innerDc = new DialogContext(Dialogs, outerDc.Context, innerState) { Parent = outerDc };
        var result = await run(innerDc);
        WriteInnerState(instance, innerState);
        // Unlike Bot Builder, where a cancelled component ends with a null result and its parent step runs on, a
        // cancel here cancels the enclosing stack too: the user asked to stop, so no parent step should carry on.
        return result.Status switch
        {
            DialogTurnStatus.Waiting => EndOfTurn,
            DialogTurnStatus.Cancelled => await CancelComponentAsync(outerDc, cancellationToken),
            _ => await EndComponentAsync(outerDc, result.Result, cancellationToken),
        };
    }

    private static async Task<DialogTurnResult> CancelComponentAsync(DialogContext outerDc, CancellationToken cancellationToken)
    {
        await outerDc.CancelAllDialogsAsync(cancellationToken);
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    private static DialogState ReadInnerState(DialogInstance instance) =>
        instance.State.TryGetPropertyValue(InnerStateKey, out var node) && node is not null
            ? node.Deserialize<DialogState>(BotJson.Options) ?? new DialogState()
            : new DialogState();

    private static void WriteInnerState(DialogInstance instance, DialogState state) =>
        instance.State[InnerStateKey] = JsonSerializer.SerializeToNode(state, BotJson.Options);
}
