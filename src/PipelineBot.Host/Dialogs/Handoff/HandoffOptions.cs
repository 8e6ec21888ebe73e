using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace PipelineBot.Host.Dialogs.Handoff;

/// <summary>
/// Who takes a "talk to a person" hand-off and when the team can answer, bound from the <c>Handoff</c> section.
/// </summary>
public sealed class HandoffOptions : IValidatableObject
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "Handoff";

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The rep notified when the visitor's lead has no owner; empty when nobody takes hand-offs.</summary>
    public string RepId { get; set; } = string.Empty;

    /// <summary>The company's time zone, an IANA id such as <c>Europe/Prague</c>; opening hours and holidays are in it.</summary>
    [Required(ErrorMessage = "TimeZone is required: the company's IANA time zone id, e.g. 'Europe/Prague'.")]
    public string TimeZone { get; set; } = string.Empty;

    /// <summary>The days and hours the team answers.</summary>
    public OpeningHours OpeningHours { get; set; } = new();

    /// <summary>
    /// Dates (<c>yyyy-MM-dd</c>, in the company's time zone) on which the team does not answer although the weekday is
    /// open. Text rather than <see cref="DateOnly"/> so that a mistyped date fails validation instead of being dropped.
    /// </summary>
    public List<string> Holidays { get; set; } = [];

    /// <summary>How soon a person replies during opening hours; whole minutes, promised only when it ends before closing.</summary>
    public TimeSpan ResponseWithin { get; set; } = TimeSpan.FromHours(1);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(TimeZone) && !Resolves(TimeZone))
        {
            yield return new ValidationResult(
                $"TimeZone '{TimeZone}' is not a time zone this machine knows; use an IANA id such as 'Europe/Prague'.",
                [nameof(TimeZone)]);
        }
        var hours = OpeningHours;
        if (hours.Days.Count == 0)
        {
            yield return new ValidationResult(
                "OpeningHours.Days names no day, so nobody could ever answer; list the open days, e.g. Monday to Friday.",
                [nameof(OpeningHours)]);
        }
        foreach (var day in hours.Days.Where(d => OpeningHours.ParseDay(d) is null))
        {
            yield return new ValidationResult(
                $"OpeningHours.Days has '{day}', which is not a day of the week; use English names such as 'Monday'.",
                [nameof(OpeningHours)]);
        }
        if (hours.Opens >= hours.Closes)
        {
            yield return new ValidationResult(
                $"OpeningHours.Opens ({hours.Opens:HH\\:mm}) must be before OpeningHours.Closes ({hours.Closes:HH\\:mm}); hours past midnight are not supported.",
                [nameof(OpeningHours)]);
        }
        else if (ResponseWithin > hours.Closes - hours.Opens)
        {
            yield return new ValidationResult(
                $"ResponseWithin ({ResponseWithin}) is longer than the opening hours ({hours.Opens:HH\\:mm}-{hours.Closes:HH\\:mm}), so a reply could never be promised within it.",
                [nameof(ResponseWithin)]);
        }
        if (ResponseWithin < TimeSpan.FromMinutes(1) || ResponseWithin.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            yield return new ValidationResult(
                $"ResponseWithin ({ResponseWithin}) must be a positive whole number of minutes, e.g. '01:00:00' or '00:30:00'.",
                [nameof(ResponseWithin)]);
        }
        foreach (var holiday in Holidays.Where(h => ParseDate(h) is null))
        {
            yield return new ValidationResult(
                $"Holidays has '{holiday}', which is not a date; write dates as {DateFormat}, e.g. '2026-12-24'.",
                [nameof(Holidays)]);
        }
    }

    /// <summary>The open days that parse; validation reports the rest.</summary>
    internal IEnumerable<DayOfWeek> OpenDays() =>
        OpeningHours.Days.Select(OpeningHours.ParseDay).OfType<DayOfWeek>();

    /// <summary>The holidays that parse; validation reports the rest.</summary>
    internal IEnumerable<DateOnly> HolidayDates() => Holidays.Select(ParseDate).OfType<DateOnly>();

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static bool Resolves(string id)
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
