using System.Globalization;

namespace PipelineBot.Sales.Meetings;

/// <summary>
/// One stretch of a working day on the rep's wall clock, such as 09:00 to 12:00. Configured as the text
/// <c>HH:mm-HH:mm</c>, because the configuration binder drops values it cannot convert without a word, while a string
/// always arrives and can be refused with a message.
/// </summary>
/// <param name="Start">The local time work starts.</param>
/// <param name="End">The local time work stops; after <paramref name="Start"/> on the same day.</param>
public readonly record struct WorkingPeriod(TimeOnly Start, TimeOnly End)
{
    /// <summary>Parses <c>HH:mm-HH:mm</c>, e.g. <c>09:00-12:30</c>; false for anything else or an end not after the start.</summary>
    public static bool TryParse(string? text, out WorkingPeriod period)
    {
        period = default;
        var parts = text?.Split('-', StringSplitOptions.TrimEntries);
        if (parts is not [var start, var end]
            || !TimeOnly.TryParseExact(start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !TimeOnly.TryParseExact(end, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || to <= from)
        {
            return false;
        }
        period = new WorkingPeriod(from, to);
        return true;
    }

    /// <summary>How long the period lasts on the wall clock.</summary>
    public TimeSpan Length => End - Start;

    /// <summary>Renders in the configured form, <c>HH:mm-HH:mm</c>.</summary>
    public override string ToString() =>
        $"{Start.ToString("HH:mm", CultureInfo.InvariantCulture)}-{End.ToString("HH:mm", CultureInfo.InvariantCulture)}";
}
