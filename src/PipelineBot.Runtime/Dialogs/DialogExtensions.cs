using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.State;

namespace PipelineBot.Runtime.Dialogs;

/// <summary>Runs a dialog as the bot's whole conversation.</summary>
public static class DialogExtensions
{
    /// <summary>Continues the dialog stored under <paramref name="accessor"/>, or begins <paramref name="dialog"/> when none is active.</summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default)
    {
        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, null, cancellationToken)
            : result;
    }
}
