using System.ComponentModel.DataAnnotations;

namespace PipelineBot.Host.Dialogs.Handoff;

/// <summary>
/// Answers "can a person reply now, and if not, when?" from the hand-off options. Every rule is applied to the
/// company's wall clock, so a day that is 23 or 25 hours long around a DST change still opens at the configured time.
/// </summary>
public sealed class BusinessHours
{
    private readonly HashSet<DayOfWeek> _days;
    private readonly HashSet<DateOnly> _holidays;
    private readonly TimeOnly _opens;
    private readonly TimeOnly _closes;
    private readonly TimeSpan _responseWithin;

    /// <summary>Checks the options and resolves the company's time zone.</summary>
    /// <exception cref="ValidationException">The options break a rule of <see cref="HandoffOptions.Validate"/>.</exception>
    public BusinessHours(HandoffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        _days = [.. options.OpenDays()];
        _holidays = [.. options.HolidayDates()];
        _opens = options.OpeningHours.Opens;
        _closes = options.OpeningHours.Closes;
        _responseWithin = options.ResponseWithin;
    }

    /// <summary>The company's time zone, in which opening hours and holidays are kept.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>True when <paramref name="now"/> falls on an open day, not a holiday, between opening and closing time.</summary>
    public bool IsOpen(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, TimeZone).DateTime;
        var time = TimeOnly.FromDateTime(local);
        return IsOpenDay(DateOnly.FromDateTime(local)) && time >= _opens && time < _closes;
    }

    /// <summary>
    /// The first opening strictly after <paramref name="now"/>, skipping closed weekdays and holidays; while open, that
    /// is the opening after the current period.
    /// </summary>
    public DateTimeOffset NextOpening(DateTimeOffset now)
    {
        // Ends within a few weeks: validation guarantees an open weekday, and each holiday can skip only one of them.
        for (var day = LocalDay(now); ; day = day.AddDays(1))
        {
            if (!IsOpenDay(day))
            {
                continue;
            }
            var opening = At(day, _opens);
            if (opening > now)
            {
                return opening;
            }
        }
    }

    /// <summary>
    /// What to promise a visitor who asks for a person at <paramref name="now"/>: a reply within the response time
    /// only if that ends by today's closing; otherwise the next opening, since a reply after hours is not promised.
    /// </summary>
    public ContactExpectation Expect(DateTimeOffset now)
    {
        var state = !IsOpen(now) ? OpeningState.Closed
            : now + _responseWithin <= At(LocalDay(now), _closes) ? OpeningState.Open
            : OpeningState.ClosingSoon;
        return new ContactExpectation(state, _responseWithin, NextOpening(now));
    }

    private bool IsOpenDay(DateOnly day) => _days.Contains(day.DayOfWeek) && !_holidays.Contains(day);

    private DateOnly LocalDay(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZone).DateTime);

    /// <summary>The instant the company's clock shows <paramref name="time"/> on <paramref name="day"/>.</summary>
    private DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        // A time skipped when clocks spring forward is first reached the moment they jump past it.
        while (TimeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        // A time that occurs twice when clocks fall back counts the first time it is reached.
        var offset = TimeZone.IsAmbiguousTime(local) ? TimeZone.GetAmbiguousTimeOffsets(local).Max() : TimeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
