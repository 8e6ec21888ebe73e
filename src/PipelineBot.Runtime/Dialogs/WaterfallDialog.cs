using System.Text.Json;
using System.Text.Json.Nodes;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Dialogs;

/// <summary>A fixed sequence of steps; each prompt's answer becomes the next step's <see cref="WaterfallStepContext.Result"/>.</summary>
public class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private readonly List<WaterfallStep> _steps;

    /// <summary>Creates the waterfall with its steps in order.</summary>
    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null) : base(dialogId) => _steps = [.. steps ?? []];

    /// <summary>Appends a step.</summary>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step);
        return this;
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options is null ? null : JsonSerializer.SerializeToNode(options, options.GetType(), BotJson.Options);
        state[ValuesKey] = new JsonObject();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>Only messages advance a waterfall; other activities leave it waiting.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.Context.Activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);

    /// <inheritdoc />
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        RunStepAsync(dc, StepIndex(dc.ActiveDialog!) + 1, reason, result, cancellationToken);

    /// <summary>Runs step <paramref name="index"/>, or ends the waterfall with <paramref name="result"/> after the last.</summary>
    protected virtual async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }
        dc.ActiveDialog!.State[StepIndexKey] = index;
        return await _steps[index](new WaterfallStepContext(this, dc, index, reason, result), cancellationToken);
    }

    internal static JsonObject ValuesOf(DialogInstance instance)
    {
        if (instance.State[ValuesKey] is JsonObject values)
        {
            return values;
        }
        var created = new JsonObject();
        instance.State[ValuesKey] = created;
        return created;
    }

    internal static JsonElement? OptionsOf(DialogInstance instance) =>
        instance.State[OptionsKey] is { } node ? JsonSerializer.SerializeToElement(node, BotJson.Options) : null;

    private static int StepIndex(DialogInstance instance) => instance.State[StepIndexKey]?.GetValue<int>() ?? -1;
}
