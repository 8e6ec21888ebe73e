using System.Text.RegularExpressions;

namespace PipelineBot.Runtime.Dialogs.Recognizers;

// Numeric dates need no word tables, so their patterns are generated at build time.
internal static partial class DateLexer
{
    private static DatePart? Iso(DatePart part, Match m)
    {
        var date = DateCalendar.Date(DateOnly.MinValue, Int(m, "d"), Int(m, "mo"), m.Groups["y"].Value);
        if (date is null || !m.Groups["h"].Success)
        {
            return WithDate(part, date);
        }
        var (hour, minute) = (Int(m, "h"), Int(m, "mi"));
        return hour < 24 && minute < 60 ? part with { Date = date, Time = new TimeOnly(hour, minute) } : null;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})(?:t(?<h>\d{1,2}):(?<mi>\d{2})(?::\d{2})?)?(?!\d)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IsoDate();

    // A trailing dot is required without a year ("01.12."), so "1.5" stays a number.
    [GeneratedRegex(@"(?<![\d.,])(?<d>\d{1,2})\.\s?(?<mo>\d{1,2})\.(?:\s?(?<y>\d{4}|\d{2})(?![\d:]))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"(?<![\d/.])(?<a>\d{1,2})/(?<b>\d{1,2})(?:/(?<y>\d{4}|\d{2}))?(?![\d/])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SlashDate();
}
