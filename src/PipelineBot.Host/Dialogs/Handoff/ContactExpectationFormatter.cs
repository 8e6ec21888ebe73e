using System.Globalization;
using PipelineBot.Host.Content;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Dialogs.Handoff;

/// <summary>
/// Tells the visitor, in their language, that the team has been notified and when to expect a reply: a duration while
/// open, else the next opening's day, date and time in the visitor's own time zone when the channel reports it (the
/// company's, named, when not). Names and numbers follow the culture of the language whose content answers, so a
/// German visitor who gets the English lines also gets English day names.
/// </summary>
public sealed class ContactExpectationFormatter(IDialogText text, BusinessHours hours)
{
    /// <summary>The sentence for the visitor who sent <paramref name="activity"/>, in its locale and reported time zone.</summary>
    public string Format(ContactExpectation expectation, Activity activity) =>
        Format(expectation, activity.Locale, activity.GetUserTimeZone());

    /// <summary>The sentence in <paramref name="locale"/>, stating an opening in <paramref name="visitorZone"/> when known.</summary>
    public string Format(ContactExpectation expectation, string? locale, TimeZoneInfo? visitorZone)
    {
        var culture = ContentCulture.Of(text, "handoff.culture", locale);
        return expectation.State switch
        {
            OpeningState.Open => text.Get("handoff.notified.open", locale, new Dictionary<string, string>
            {
                ["within"] = Duration(expectation.ReplyWithin, locale, culture),
            }),
            OpeningState.ClosingSoon => text.Get("handoff.notified.closing", locale, When(expectation.NextOpening, locale, visitorZone, culture)),
            _ => text.Get("handoff.notified.closed", locale, When(expectation.NextOpening, locale, visitorZone, culture)),
        };
    }

    /// <summary>Whole hours read as hours ("2 hours"), anything else as minutes ("90 minutes"), never mixed.</summary>
    private string Duration(TimeSpan duration, string? locale, CultureInfo culture) =>
        duration.Ticks % TimeSpan.TicksPerHour == 0
            ? PluralForms.Select(text.Get("handoff.within.hours", locale), (int)duration.TotalHours, culture)
            : PluralForms.Select(text.Get("handoff.within.minutes", locale), (int)duration.TotalMinutes, culture);

    private Dictionary<string, string> When(DateTimeOffset opening, string? locale, TimeZoneInfo? visitorZone, CultureInfo culture)
    {
        var local = TimeZoneInfo.ConvertTime(opening, visitorZone ?? hours.TimeZone);
        // The offset at the opening itself, not today's, since a DST change may fall in between.
        var zone = visitorZone is null
            ? text.Get("handoff.zone.company", locale, new Dictionary<string, string>
            {
                ["zone"] = $"{hours.TimeZone.Id}, UTC{local.ToString("zzz", CultureInfo.InvariantCulture)}",
            })
            : text.Get("handoff.zone.visitor", locale);
        var when = text.Get("handoff.when", locale, new Dictionary<string, string>
        {
            ["day"] = culture.DateTimeFormat.GetDayName(local.DayOfWeek),
            ["date"] = local.ToString(culture.DateTimeFormat.MonthDayPattern, culture),
            ["time"] = ContentCulture.ShortTime(local, culture),
            ["zone"] = zone,
        });
        return new Dictionary<string, string> { ["when"] = when };
    }
}
