namespace PipelineBot.Sales.Deals;

/// <summary>A note on a deal, e.g. what a call brought; notes are only ever added.</summary>
/// <param name="Author">Who wrote it.</param>
/// <param name="At">When.</param>
/// <param name="Text">What it says.</param>
public sealed record DealNote(Actor Author, DateTimeOffset At, string Text);
