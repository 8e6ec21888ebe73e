using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Dialogs.Meetings;

/// <summary>The slots a <see cref="SlotPrompt"/> offered, kept with the prompt so a pick maps back to the very time and rep shown.</summary>
/// <param name="ZoneId">The visitor's zone, in which typed times are read.</param>
/// <param name="Slots">The offered slots with their reps, in the order of the buttons.</param>
public sealed record SlotOffer(string ZoneId, IReadOnlyList<RepSlot> Slots);
