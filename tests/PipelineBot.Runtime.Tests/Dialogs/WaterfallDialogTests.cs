using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Dialogs;

public class WaterfallDialogTests
{
    [Fact]
    public async Task Steps_HappyPath_RunInOrderAndReceivePromptResults()
    {
        var harness = new DialogHarness(() => new NewDealDialog());

        Assert.Equal([NewDealDialog.AskCompany], await harness.SayAsync("new deal"));
        Assert.Equal([NewDealDialog.AskAmount], await harness.SayAsync("Acme"));
        Assert.Equal(["Save Acme for 50000?"], await harness.SayAsync("50k"));
        Assert.Equal([NewDealDialog.Summary("Acme", 50000m, null)], await harness.SayAsync("yes"));

        Assert.Equal(DialogTurnStatus.Complete, harness.Status);
        Assert.Equal(new DealDraft("Acme", 50000m), harness.Result);
    }

    [Fact]
    public async Task NextAsync_CompanyAlreadyKnown_SkipsItsQuestion()
    {
        var harness = new DialogHarness(() => new NewDealDialog(), new NewDealOptions("Globex", "webinar"));

        var replies = await harness.SayAsync("new deal");

        Assert.Equal([NewDealDialog.AskAmount], replies);
    }

    [Fact]
    public async Task Values_AcrossTurnsReloadedFromJson_KeepTheirTypes()
    {
        var harness = new DialogHarness(() => new NewDealDialog());
        await harness.SayAsync("new deal");
        await harness.SayAsync("Acme");

        await harness.SayAsync("$1.2M");
        await harness.SayAsync("yes");

        Assert.Equal(new DealDraft("Acme", 1_200_000m), harness.Result);
    }

    [Fact]
    public async Task GetOptions_AfterStateReload_ReturnsTheTypedOptions()
    {
        var harness = new DialogHarness(() => new NewDealDialog(), new NewDealOptions("Globex", "webinar"));
        await harness.SayAsync("new deal");
        await harness.SayAsync("75000");

        var replies = await harness.SayAsync("yes");

        Assert.Equal([NewDealDialog.Summary("Globex", 75000m, "webinar")], replies);
    }

    [Fact]
    public async Task Restart_MidDialog_ContinuesAtTheSameStepWithItsValues()
    {
        var harness = new DialogHarness(() => new NewDealDialog(), new NewDealOptions(null, "fair"));
        await harness.SayAsync("new deal");
        await harness.SayAsync("Acme");

        harness.Restart();
        var afterRestart = await harness.SayAsync("20000");
        await harness.SayAsync("yes");

        Assert.Equal(["Save Acme for 20000?"], afterRestart);
        Assert.Equal(new DealDraft("Acme", 20000m), harness.Result);
    }

    [Fact]
    public async Task ReplaceDialogAsync_LoopingWaterfall_RestartsWithNewOptionsWithoutGrowingTheStack()
    {
        var stackDepths = new List<int>();
        var harness = new DialogHarness(() => DialogHarness.Component("loop", new WaterfallDialog("addContacts", [AskAsync, LoopAsync]), new TextPrompt("text")), options: 1);

        Assert.Equal(["Contact #1?"], await harness.SayAsync("start"));
        Assert.Equal(["Contact #2?"], await harness.SayAsync("Anna"));
        Assert.Equal(["Contact #3?"], await harness.SayAsync("Boris"));
        Assert.Equal(["Added 2 contacts."], await harness.SayAsync("done"));

        Assert.Equal([1, 1, 1], stackDepths);
        Assert.Equal(DialogTurnStatus.Complete, harness.Status);
        Assert.Equal(2, harness.Result);

        Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken ct)
        {
            stackDepths.Add(step.Stack.Count);
            return step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text($"Contact #{step.GetOptions<int>()}?") }, ct);
        }

        static async Task<DialogTurnResult> LoopAsync(WaterfallStepContext step, CancellationToken ct)
        {
            var number = step.GetOptions<int>();
            if ((string)step.Result! != "done")
            {
                return await step.ReplaceDialogAsync("addContacts", number + 1, ct);
            }
            await step.Context.SendActivityAsync($"Added {number - 1} contacts.", cancellationToken: ct);
            return await step.EndDialogAsync(number - 1, ct);
        }
    }

    [Fact]
    public async Task CancelAllDialogsAsync_FromAStep_EmptiesTheStackAndTheNextMessageStartsOver()
    {
        var harness = new DialogHarness(() => DialogHarness.Component("stop", new WaterfallDialog("steps", [AskAsync, StopAsync]), new TextPrompt("text")));
        await harness.SayAsync("start");

        var replies = await harness.SayAsync("stop");
        var (statusAfterCancel, stackAfterCancel) = (harness.Status, harness.StackDepth);
        var restarted = await harness.SayAsync("again");

        Assert.Equal(["Stopped."], replies);
        Assert.Equal(DialogTurnStatus.Cancelled, statusAfterCancel);
        Assert.Equal(0, stackAfterCancel);
        Assert.Equal(["Say something"], restarted);

        static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken ct) =>
            step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Say something") }, ct);

        static async Task<DialogTurnResult> StopAsync(WaterfallStepContext step, CancellationToken ct)
        {
            await step.Context.SendActivityAsync("Stopped.", cancellationToken: ct);
            return await step.CancelAllDialogsAsync(ct);
        }
    }

    [Fact]
    public async Task ContinueDialogAsync_NonMessageActivity_LeavesTheWaterfallWaiting()
    {
        var harness = new DialogHarness(() => new NewDealDialog());
        await harness.SayAsync("new deal");

        var replies = await harness.SendAsync(new Activity { Type = ActivityTypes.Typing });
        var next = await harness.SayAsync("Acme");

        Assert.Empty(replies);
        Assert.Equal(DialogTurnStatus.Waiting, harness.Status);
        Assert.Equal([NewDealDialog.AskAmount], next);
    }

    [Fact]
    public async Task NextAsync_CalledTwiceInOneStep_Throws()
    {
        var harness = new DialogHarness(() => DialogHarness.Component("twice", new WaterfallDialog("steps", [TwiceAsync, (step, ct) => step.EndDialogAsync(null, ct)])));

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.SayAsync("go"));

        static async Task<DialogTurnResult> TwiceAsync(WaterfallStepContext step, CancellationToken ct)
        {
            await step.NextAsync(null, ct);
            return await step.NextAsync(null, ct);
        }
    }

    [Fact]
    public async Task EndOfSteps_LastStepFallsThrough_EndsWithItsResult()
    {
        var harness = new DialogHarness(() => DialogHarness.Component("calc", new WaterfallDialog("steps", [(step, ct) => step.NextAsync(21, ct), (step, ct) => step.NextAsync((int)step.Result! * 2, ct)])));

        await harness.SayAsync("go");

        Assert.Equal(DialogTurnStatus.Complete, harness.Status);
        Assert.Equal(42, harness.Result);
    }
}
