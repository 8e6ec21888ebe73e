namespace PipelineBot.Host.Dialogs.Meetings;

/// <summary>The slots a <see cref="SlotPrompt"/> offered, kept with the prompt so a pick maps back to the very time shown.</summary>
/// <param name="ZoneId">The visitor's zone, in which typed times are read.</param>
/// <param name="Starts">The offered starts, in the order of the buttons.</param>
/// <param name="Length">How long each slot lasts.</param>
public sealed record SlotOffer(string ZoneId, IReadOnlyList<DateTimeOffset> Starts, TimeSpan Length);
