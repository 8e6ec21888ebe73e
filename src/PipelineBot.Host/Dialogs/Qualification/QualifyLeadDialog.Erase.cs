using PipelineBot.Host.Proactive;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Dialogs.Prompts;

namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>"Stop" or "delete my data": after a confirmation the lead's personal data is erased and the conversation forgotten.</summary>
public sealed partial class QualifyLeadDialog
{
    private const string EraseId = "qualifyErase";
    private const string EraseConfirmId = "qualifyEraseConfirm";

    private void AddEraseDialogs()
    {
        AddDialog(new ConfirmPrompt(EraseConfirmId));
        AddDialog(new WaterfallDialog(EraseId, [ConfirmErasureStepAsync, EraseStepAsync]));
    }

    private async Task<DialogTurnResult> ConfirmErasureStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Activity.Locale;
        if (await FindLeadAsync(step.Context, cancellationToken) is null)
        {
            await step.Context.SendActivityAsync(Text.Get("common.erase.nothing", locale), cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        return await step.PromptAsync(EraseConfirmId, new PromptOptions
        {
            Prompt = MessageFactory.Text(Text.Get("common.erase.confirm", locale)),
            RetryPrompt = MessageFactory.Text(Text.Get("common.erase.confirm", locale)),
            MaxAttempts = _options.MaxAttempts,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> EraseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Activity.Locale;
        if (step.Result is not true || await FindLeadAsync(step.Context, cancellationToken) is not { } lead)
        {
            // The question the visitor was on is asked again as the prompt beneath resumes.
            await step.Context.SendActivityAsync(Text.Get("common.erase.kept", locale), cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }
        lead.ErasePersonalData(_time.GetUtcNow());
        await _leads.EraseAsync(lead, cancellationToken);
        // The transcript and anything the page sent live in the conversation, and where to reach the visitor later
        // names them: they go too.
        _conversationState.ClearState(step.Context);
        await _conversations.ForgetAsync(ConversationBook.Visitor(VisitorOf(step.Context.Activity)), cancellationToken);
        await step.Context.SendActivityAsync(Text.Get("common.erase.done", locale), cancellationToken: cancellationToken);
        return await step.CancelAllDialogsAsync(cancellationToken);
    }
}
