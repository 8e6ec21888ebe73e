namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>A date, time or range recognised in the user's text, in the user's own clock.</summary>
/// <param name="Timex">
/// TIMEX3-style value: "2026-11-25" (date), "2026-11-25T15:00" (moment), "2026-11-25TAF" (daypart: MO, AF, EV),
/// "2026-W49" (ISO week), "2026-12" (month).
/// </param>
/// <param name="Value">The moment, or midnight of a single date; null for ranges.</param>
/// <param name="Start">Inclusive start of a range (week, month, daypart); null for a single value.</param>
/// <param name="End">Exclusive end of a range; null for a single value.</param>
public sealed record DateTimeResolution(string Timex, DateTime? Value, DateTime? Start, DateTime? End);
