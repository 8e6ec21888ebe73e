using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Dialogs.Meetings;

/// <summary>What the visitor made of the offered slots: picked one, or asked for times in (or after) a window.</summary>
/// <param name="Pick">The slot picked and the rep it is with, or null.</param>
/// <param name="Window">When the visitor would rather meet ("Other times" is after the last offer), or null.</param>
public sealed record SlotAnswer(RepSlot? Pick, TimeSlot? Window);
