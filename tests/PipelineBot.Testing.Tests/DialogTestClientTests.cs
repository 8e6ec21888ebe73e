using System.Text.Json.Nodes;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Schema;
using PipelineBot.Runtime.State;
using PipelineBot.Testing.Tests.TestBot;

namespace PipelineBot.Testing.Tests;

public class DialogTestClientTests
{
    private readonly MemoryStorage _storage = new();

    [Fact]
    public async Task SendActivityAsync_WholeDialog_RepliesAndCompletesWithProfile()
    {
        var userState = new UserState(_storage);
        var client = new DialogTestClient(Channels.Test, new ProfileDialog(userState), middlewares: [new AutoSaveStateMiddleware(userState)]);

        var askName = await client.SendActivityAsync<Activity>("hi");
        Assert.Equal(("Hi! What's your name?", DialogTurnStatus.Waiting), (askName?.Text, client.DialogTurnResult?.Status));
        Assert.Equal("Which company are you with, Ada?", (await client.SendActivityAsync<Activity>("Ada"))?.Text);
        Assert.Equal("Nice to meet you, Ada from Acme.", (await client.SendActivityAsync<Activity>("Acme"))?.Text);

        Assert.Equal("Shall I book a demo?", client.GetNextReply<Activity>()?.Text);
        Assert.Null(client.GetNextReply<Activity>());
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal(new VisitorProfile("Ada", "Acme"), client.DialogTurnResult?.Result);
        Assert.Empty(client.DialogContext!.Stack);
    }

    [Fact]
    public async Task SendActivityAsync_FirstTurn_SavesDialogStackInConversationState()
    {
        var client = new DialogTestClient(Channels.Test, new ProfileDialog(new UserState(_storage)), conversationState: new ConversationState(_storage));

        await client.SendActivityAsync<Activity>("hi");

        var stored = await _storage.ReadAsync(["test/conversations/convo1"]);
        var stack = JsonNode.Parse(stored["test/conversations/convo1"].Json)!["DialogState"]!["dialogStack"]!.AsArray();
        Assert.Equal(nameof(ProfileDialog), stack.Single()!["id"]!.GetValue<string>());
        Assert.Same(_storage, client.ConversationState.Storage);
    }

    [Fact]
    public async Task SendActivityAsync_InitialOptions_ReachTheDialog()
    {
        var echo = new WaterfallDialog("echo", [async (step, ct) =>
        {
            await step.Context.SendActivityAsync($"Options: {step.GetOptions<string>()}", cancellationToken: ct);
            return await step.EndDialogAsync(null, ct);
        }]);
        var client = new DialogTestClient(new TestAdapter("emulator"), echo, initialDialogOptions: "qualify");

        var reply = await client.SendActivityAsync<Activity>(new Activity { Text = "go" });

        Assert.Equal(("Options: qualify", "emulator"), (reply?.Text, reply?.ChannelId));
    }

    [Fact]
    public async Task SendActivityAsync_DialogSaysNothing_ReturnsNull()
    {
        var silent = new WaterfallDialog("silent", [(_, _) => Task.FromResult(Dialog.EndOfTurn)]);
        var client = new DialogTestClient(Channels.Test, silent);

        Assert.Null(await client.SendActivityAsync<Activity>("hi"));
    }
}
