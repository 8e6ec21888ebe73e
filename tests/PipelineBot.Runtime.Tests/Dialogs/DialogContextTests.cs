using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Runtime.State;
using PipelineBot.Testing;

namespace PipelineBot.Runtime.Tests.Dialogs;

public class DialogContextTests
{
    private readonly TestAdapter _adapter = new();
    private readonly ConversationState _state = new(new MemoryStorage());

    public DialogContextTests() => _adapter.Use(new AutoSaveStateMiddleware(_state));

    [Fact]
    public async Task ContinueDialogAsync_NoActiveDialog_ReturnsEmpty()
    {
        var result = await TurnAsync(new DialogSet(Accessor()), dc => dc.ContinueDialogAsync());

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task BeginDialogAsync_UnknownId_ThrowsNamingTheId()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TurnAsync(new DialogSet(Accessor()), dc => dc.BeginDialogAsync("missing")));

        Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContinueDialogAsync_StoredStackNamesUnregisteredDialog_ThrowsExplainingWhy()
    {
        await TurnAsync(new DialogSet(Accessor()).Add(new TextPrompt("oldPrompt")), dc => dc.PromptAsync("oldPrompt", new PromptOptions()));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TurnAsync(new DialogSet(Accessor()), dc => dc.ContinueDialogAsync()));

        Assert.Contains("'oldPrompt'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelAllDialogsAsync_EmptyStack_ReturnsEmpty()
    {
        var result = await TurnAsync(new DialogSet(Accessor()), dc => dc.CancelAllDialogsAsync());

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public void Add_DuplicateId_Throws()
    {
        var set = new DialogSet(Accessor()).Add(new TextPrompt("text"));

        Assert.Throws<ArgumentException>(() => set.Add(new TextPrompt("text")));
    }

    private IStatePropertyAccessor<DialogState> Accessor() => _state.CreateProperty<DialogState>("DialogState");

    /// <summary>Runs one turn that does <paramref name="action"/> on the dialog stack; returns its result.</summary>
    private async Task<DialogTurnResult> TurnAsync(DialogSet dialogs, Func<DialogContext, Task<DialogTurnResult>> action)
    {
        DialogTurnResult? result = null;
        await _adapter.SendTextToBotAsync("hi", async (context, ct) => result = await action(await dialogs.CreateContextAsync(context, ct)));
        return result!;
    }
}
