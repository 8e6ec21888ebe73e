using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.State;

namespace PipelineBot.Runtime.Dialogs;

/// <summary>The dialogs that can be begun by id, and (at the top level) the state property holding the stack.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;

    /// <summary>Creates a top-level set whose stack is persisted through <paramref name="dialogState"/>.</summary>
    public DialogSet(IStatePropertyAccessor<DialogState> dialogState) => _dialogState = dialogState;

    /// <summary>Creates a set inside a component dialog, whose stack lives in the component's own state.</summary>
    public DialogSet() { }

    /// <summary>Registers a dialog; ids must be unique within the set.</summary>
    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }
        return this;
    }

    /// <summary>The dialog with <paramref name="dialogId"/>, or null.</summary>
    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>Loads the conversation's dialog stack and wraps it in a context for this turn.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This DialogSet belongs to a component dialog and has no state property of its own.");
        }
        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        return new DialogContext(this, turnContext, state!);
    }
}
