namespace PipelineBot.Runtime.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog"/>: usually asks one question or does one thing.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
