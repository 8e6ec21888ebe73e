using System.Text.Json;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Dialogs;

/// <summary>The context a waterfall step runs in: the dialog stack plus the step's index, options, values and the previous step's result.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, new DialogState { DialogStack = dc.Stack })
    {
        _waterfall = waterfall;
        Parent = dc.Parent;
        Index = index;
        Reason = reason;
        Result = result;
        Values = new DialogValues(WaterfallDialog.ValuesOf(dc.ActiveDialog!));
        Options = WaterfallDialog.OptionsOf(dc.ActiveDialog!);
    }

    /// <summary>The zero-based index of the running step.</summary>
    public int Index { get; }

    /// <summary>Why the step runs: begun, continued after a prompt, or skipped to with NextAsync.</summary>
    public DialogReason Reason { get; }

    /// <summary>What the previous step or prompt returned.</summary>
    public object? Result { get; }

    /// <summary>Values the waterfall keeps across its steps and turns.</summary>
    public DialogValues Values { get; }

    /// <summary>The options the waterfall was begun with, as stored.</summary>
    public JsonElement? Options { get; }

    /// <summary>The options the waterfall was begun with, as <typeparamref name="T"/>.</summary>
    public T? GetOptions<T>() => Options is { } options ? options.Deserialize<T>(BotJson.Options) : default;

    /// <summary>Skips to the next step, passing it <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }
        _nextCalled = true;
        return await _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
