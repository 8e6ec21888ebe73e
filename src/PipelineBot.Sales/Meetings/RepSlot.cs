namespace PipelineBot.Sales.Meetings;

/// <summary>A free slot and the rep it is free with, for offers that may mix several reps' time.</summary>
/// <param name="RepId">The rep a booking of the slot is with.</param>
/// <param name="Slot">The time, in UTC.</param>
public sealed record RepSlot(string RepId, TimeSlot Slot);
