using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Schema;
using PipelineBot.Runtime.State;

namespace PipelineBot.Testing;

/// <summary>
/// Drives one dialog turn by turn, as Microsoft.Bot.Builder.Testing's DialogTestClient does: every activity continues
/// the active dialog, or begins the target dialog when none is active, and the first reply comes back for asserting.
/// </summary>
public class DialogTestClient
{
    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;

    /// <summary>Tests <paramref name="targetDialog"/> on a fresh <see cref="TestAdapter"/> for <paramref name="channelId"/>.</summary>
    public DialogTestClient(string channelId, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
        : this(new TestAdapter(channelId), targetDialog, initialDialogOptions, middlewares, conversationState)
    {
    }

    /// <summary>
    /// Tests <paramref name="targetDialog"/> on <paramref name="testAdapter"/>, saving <paramref name="conversationState"/>
    /// (by default over a new MemoryStorage) after each turn; <paramref name="middlewares"/> run inside the save.
    /// </summary>
    public DialogTestClient(TestAdapter testAdapter, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
    {
        ConversationState = conversationState ?? new ConversationState(new MemoryStorage());
        _adapter = testAdapter.Use(new AutoSaveStateMiddleware(ConversationState));
        foreach (var middleware in middlewares ?? [])
        {
            _adapter.Use(middleware);
        }
        var dialogState = ConversationState.CreateProperty<DialogState>("DialogState");
        _callback = (turnContext, cancellationToken) => RunTurnAsync(turnContext, targetDialog, initialDialogOptions, dialogState, cancellationToken);
    }

    /// <summary>The state holding the dialog stack, for assertions on what the dialog stored.</summary>
    public ConversationState ConversationState { get; }

    /// <summary>The outcome of the last turn: Waiting while the dialog asks, Complete with its result at the end; null before the first turn.</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>The dialog context of the last turn, to inspect the stack; null before the first turn.</summary>
    public DialogContext? DialogContext { get; private set; }

    /// <summary>Sends <paramref name="activity"/> and returns the first reply as <typeparamref name="T"/>, or null when the bot said nothing.</summary>
    public virtual async Task<T?> SendActivityAsync<T>(Activity activity, CancellationToken cancellationToken = default) where T : Activity
    {
        await _adapter.ProcessActivityAsync(activity, _callback, cancellationToken);
        return GetNextReply<T>();
    }

    /// <summary>The user says <paramref name="text"/>; returns the first reply as <typeparamref name="T"/>, or null when the bot said nothing.</summary>
    public virtual Task<T?> SendActivityAsync<T>(string text, CancellationToken cancellationToken = default) where T : Activity =>
        SendActivityAsync<T>(_adapter.MakeActivity(text), cancellationToken);

    /// <summary>The next reply of the turn as <typeparamref name="T"/>, or null when there are no more.</summary>
    public virtual T? GetNextReply<T>() where T : Activity => (T?)_adapter.GetNextReply();

    private async Task RunTurnAsync(ITurnContext turnContext, Dialog targetDialog, object? options, IStatePropertyAccessor<DialogState> dialogState, CancellationToken cancellationToken)
    {
        DialogContext = await new DialogSet(dialogState).Add(targetDialog).CreateContextAsync(turnContext, cancellationToken);
        DialogTurnResult = await DialogContext.ContinueDialogAsync(cancellationToken);
        if (DialogTurnResult.Status == DialogTurnStatus.Empty)
        {
            DialogTurnResult = await DialogContext.BeginDialogAsync(targetDialog.Id, options, cancellationToken);
        }
    }
}
