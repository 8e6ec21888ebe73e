using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Schema;
using PipelineBot.Runtime.State;
using PipelineBot.Testing;

namespace PipelineBot.Runtime.Tests.Dialogs;

/// <summary>
/// Shared wiring of the dialog and prompt tests: a <see cref="DialogTestClient"/> whose conversation state lives in a
/// <see cref="MemoryStorage"/> (JSON text, so every turn reloads the stack from JSON), and that can be restarted as a
/// new process would be: new dialogs, adapter and state over the same storage.
/// </summary>
internal sealed class DialogHarness
{
    private readonly Func<Dialog> _createDialog;
    private readonly object? _options;
    private readonly string _channelId;
    private readonly string _locale;
    private readonly Action<ConversationReference>? _configureConversation;

    public DialogHarness(Func<Dialog> createDialog, object? options = null, string channelId = Channels.Test, string locale = "en-US", Action<ConversationReference>? configureConversation = null)
    {
        _createDialog = createDialog;
        _options = options;
        _channelId = channelId;
        _locale = locale;
        _configureConversation = configureConversation;
        Client = CreateClient();
    }

    public MemoryStorage Storage { get; } = new();

    public DialogTestClient Client { get; private set; }

    public DialogTurnStatus? Status => Client.DialogTurnResult?.Status;

    public object? Result => Client.DialogTurnResult?.Result;

    public int StackDepth => Client.DialogContext?.Stack.Count ?? 0;

    /// <summary>The user says <paramref name="text"/>; returns every reply of the turn.</summary>
    public Task<List<Activity>> SendAsync(string text) => SendAsync(new Activity { Text = text });

    /// <summary>The user sends <paramref name="activity"/> (the test adapter fills in what it leaves out); returns every reply.</summary>
    public async Task<List<Activity>> SendAsync(Activity activity)
    {
        var replies = new List<Activity>();
        for (var reply = await Client.SendActivityAsync<Activity>(activity); reply is not null; reply = Client.GetNextReply<Activity>())
        {
            replies.Add(reply);
        }
        return replies;
    }

    /// <summary>The user says <paramref name="text"/>; returns the texts of the replies.</summary>
    public async Task<List<string?>> SayAsync(string text) => [.. (await SendAsync(text)).Select(r => r.Text)];

    /// <summary>Simulates a process restart: fresh dialogs, adapter and state objects over the same storage.</summary>
    public void Restart() => Client = CreateClient();

    /// <summary>A component holding <paramref name="dialogs"/>, beginning with the first.</summary>
    public static ComponentDialog Component(string id, params Dialog[] dialogs)
    {
        var component = new ComponentDialog(id);
        foreach (var dialog in dialogs)
        {
            component.AddDialog(dialog);
        }
        return component;
    }

    private DialogTestClient CreateClient()
    {
        var adapter = new TestAdapter(_channelId, _locale);
        _configureConversation?.Invoke(adapter.Conversation);
        return new DialogTestClient(adapter, _createDialog(), _options, conversationState: new ConversationState(Storage));
    }
}
