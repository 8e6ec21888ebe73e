namespace PipelineBot.Host.Dialogs.Handoff;

/// <summary>
/// The hours a person can answer a hand-off, the same on every open day, in the company's time zone. Hours that run
/// past midnight are not supported.
/// </summary>
public sealed class OpeningHours
{
    /// <summary>
    /// The days the team works by English name, e.g. "Monday" to "Friday". Names rather than <see cref="DayOfWeek"/>
    /// values because the configuration binder silently drops a list item it cannot convert, and a misspelt day must
    /// fail validation instead of quietly closing the team on that day.
    /// </summary>
    public List<string> Days { get; set; } = [];

    /// <summary>The wall-clock time the team starts answering, e.g. 09:00.</summary>
    public TimeOnly Opens { get; set; } = new(9, 0);

    /// <summary>The wall-clock time the team stops answering, e.g. 17:30; later than <see cref="Opens"/>.</summary>
    public TimeOnly Closes { get; set; } = new(17, 0);

    /// <summary>The day <paramref name="name"/> stands for, ignoring case; null for anything else, numbers included.</summary>
    internal static DayOfWeek? ParseDay(string name) =>
        name.Length > 0 && name.All(char.IsAsciiLetter) && Enum.TryParse<DayOfWeek>(name, ignoreCase: true, out var day) ? day : null;
}
