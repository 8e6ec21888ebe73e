using System.Globalization;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Dialogs.Prompts;

namespace PipelineBot.Runtime.Tests.Dialogs;

/// <summary>What <see cref="NewDealDialog"/> returns.</summary>
internal sealed record DealDraft(string Company, decimal Amount);

/// <summary>How <see cref="NewDealDialog"/> is begun: a known company skips its question.</summary>
internal sealed record NewDealOptions(string? Company, string Source);

/// <summary>Help and cancel around every step, written as CoreBot's CancelAndHelpDialog.</summary>
internal class CancelAndHelpDialog(string id) : ComponentDialog(id)
{
    public const string HelpText = "Tell me about the deal; say cancel to stop.";
    public const string CancelText = "Cancelling.";

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
        {
            case "help" or "?":
                await innerDc.Context.SendActivityAsync(HelpText, cancellationToken: cancellationToken);
                return EndOfTurn;
            case "cancel" or "quit":
                await innerDc.Context.SendActivityAsync(CancelText, cancellationToken: cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }
}

/// <summary>A typical sales-bot dialog: company (skipped when known), amount, confirmation; ends with a <see cref="DealDraft"/>.</summary>
internal sealed class NewDealDialog : CancelAndHelpDialog
{
    public const string AskCompany = "Which company?";
    public const string AskAmount = "How big is the deal?";

    public NewDealDialog() : base(nameof(NewDealDialog))
    {
        AddDialog(new WaterfallDialog("steps", [CompanyStepAsync, AmountStepAsync, ConfirmStepAsync, FinalStepAsync]));
        AddDialog(new TextPrompt("text"));
        AddDialog(new NumberPrompt<decimal>("number"));
        AddDialog(new ConfirmPrompt("confirm"));
    }

    public static string Summary(string company, decimal amount, string? source) =>
        string.Create(CultureInfo.InvariantCulture, $"Saved {company}: {amount} (source: {source ?? "none"})");

    private static Task<DialogTurnResult> CompanyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.GetOptions<NewDealOptions>()?.Company is { } company
            ? step.NextAsync(company, cancellationToken)
            : step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text(AskCompany) }, cancellationToken);

    private static Task<DialogTurnResult> AmountStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("company", (string)step.Result!);
        return step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text(AskAmount), RetryPrompt = MessageFactory.Text("Please give the amount as a number, e.g. 50k.") }, cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set("amount", (decimal)step.Result!);
        var question = string.Create(CultureInfo.InvariantCulture, $"Save {step.Values.Get<string>("company")} for {step.Values.Get<decimal>("amount")}?");
        return step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text(question) }, cancellationToken);
    }

    private static async Task<DialogTurnResult> FinalStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync("Not saved.", cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        var draft = new DealDraft(step.Values.Get<string>("company")!, step.Values.Get<decimal>("amount"));
        await step.Context.SendActivityAsync(Summary(draft.Company, draft.Amount, step.GetOptions<NewDealOptions>()?.Source), cancellationToken: cancellationToken);
        return await step.EndDialogAsync(draft, cancellationToken);
    }
}
