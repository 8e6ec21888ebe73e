using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;

namespace PipelineBot.Runtime.Tests.Dialogs;

public class ComponentDialogTests
{
    [Fact]
    public async Task BeginDialogAsync_ComponentInsideWaterfall_ReturnsItsResultToTheParentStep()
    {
        var harness = new DialogHarness(MainDialog);
        await harness.SayAsync("hi");
        await harness.SayAsync("Acme");
        await harness.SayAsync("50000");

        var replies = await harness.SayAsync("yes");

        Assert.Equal([NewDealDialog.Summary("Acme", 50000m, "main menu"), "Main dialog got Acme for 50000."], replies);
        Assert.Equal(DialogTurnStatus.Complete, harness.Status);
    }

    [Fact]
    public async Task Restart_InsideNestedComponent_ContinuesAtTheSameStep()
    {
        var harness = new DialogHarness(MainDialog);
        await harness.SayAsync("hi");
        await harness.SayAsync("Acme");

        harness.Restart();
        var afterRestart = await harness.SayAsync("50000");
        harness.Restart();
        var final = await harness.SayAsync("yes");

        Assert.Equal(["Save Acme for 50000?"], afterRestart);
        Assert.Equal("Main dialog got Acme for 50000.", final[^1]);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("?")]
    public async Task OnContinueDialogAsync_HelpAtAnyStep_AnswersAndKeepsThePromptWaiting(string help)
    {
        var harness = new DialogHarness(() => new NewDealDialog());
        var atCompany = await Interrupt(harness, "new deal", help);
        await harness.SayAsync("Acme");
        var atAmount = await Interrupt(harness, null, help);
        await harness.SayAsync("50000");
        var atConfirm = await Interrupt(harness, null, help);

        await harness.SayAsync("yes");

        Assert.All([atCompany, atAmount, atConfirm], replies => Assert.Equal([CancelAndHelpDialog.HelpText], replies));
        Assert.Equal(new DealDraft("Acme", 50000m), harness.Result);
    }

    [Theory]
    [InlineData(0, "cancel")]
    [InlineData(1, "quit")]
    [InlineData(2, "Cancel")]
    public async Task OnContinueDialogAsync_CancelAtAnyStep_EndsTheDialogAndTheNextMessageStartsOver(int answersBeforeCancel, string cancel)
    {
        var harness = new DialogHarness(() => new NewDealDialog());
        await harness.SayAsync("new deal");
        foreach (var answer in new[] { "Acme", "50000" }.Take(answersBeforeCancel))
        {
            await harness.SayAsync(answer);
        }

        var replies = await harness.SayAsync(cancel);
        var stackAfterCancel = harness.StackDepth;
        var next = await harness.SayAsync("hello again");

        Assert.Equal([CancelAndHelpDialog.CancelText], replies);
        Assert.Equal(0, stackAfterCancel);
        Assert.Null(harness.Result);
        Assert.Equal([NewDealDialog.AskCompany], next);
    }

    [Fact]
    public void AddDialog_TwoDialogsWithOneId_Throws()
    {
        var component = new ComponentDialog("c").AddDialog(new WaterfallDialog("steps"));

        Assert.Throws<ArgumentException>(() => component.AddDialog(new WaterfallDialog("steps")));
    }

    private static async Task<List<string?>> Interrupt(DialogHarness harness, string? start, string help)
    {
        if (start is not null)
        {
            await harness.SayAsync(start);
        }
        return await harness.SayAsync(help);
    }

    private static ComponentDialog MainDialog()
    {
        var main = new ComponentDialog("main");
        main.AddDialog(new WaterfallDialog("mainSteps",
        [
            (step, ct) => step.BeginDialogAsync(nameof(NewDealDialog), new NewDealOptions(null, "main menu"), ct),
            async (step, ct) =>
            {
                var draft = (DealDraft)step.Result!;
                await step.Context.SendActivityAsync($"Main dialog got {draft.Company} for {draft.Amount}.", cancellationToken: ct);
                return await step.EndDialogAsync(draft, ct);
            },
        ]));
        main.AddDialog(new NewDealDialog());
        return main;
    }
}
