using System.Globalization;
using PipelineBot.Runtime.Dialogs.Recognizers;

namespace PipelineBot.Runtime.Tests.Dialogs.Recognizers;

/// <summary>
/// Tables per language (in the partial files beside this one) read each phrase at <see cref="Now"/>, Tuesday
/// 2026-11-24 10:00 in Prague, and expect "start/end" for a range or one instant for a point, as ISO 8601 with the
/// visitor's offset; an empty string means no preference was found. Prague's clocks go forward on 2027-03-28 at 02:00
/// and back on 2027-10-31 at 03:00.
/// </summary>
public partial class TimePreferenceRecognizerTests
{
    private static readonly TimeZoneInfo Prague = TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague");
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("2026-11-24T23:30+01:00", "tomorrow", "en-US", "2026-11-25T00:00+01:00/2026-11-26T00:00+01:00")]
    [InlineData("2026-11-24T23:30+01:00", "tomorrow at 9", "en-US", "2026-11-25T09:00+01:00")]
    [InlineData("2026-11-25T01:30+01:00", "tomorrow", "en-US", "2026-11-25T00:00+01:00/2026-11-26T00:00+01:00")]
    [InlineData("2026-11-25T01:30+01:00", "tomorrow afternoon", "en-US", "2026-11-25T12:00+01:00/2026-11-25T17:00+01:00")]
    [InlineData("2026-11-25T01:30+01:00", "the day after tomorrow", "en-US", "2026-11-26T00:00+01:00/2026-11-27T00:00+01:00")]
    [InlineData("2026-11-25T01:30+01:00", "today", "en-US", "2026-11-25T00:00+01:00/2026-11-26T00:00+01:00")]
    [InlineData("2026-11-25T04:30+01:00", "tomorrow", "en-US", "2026-11-26T00:00+01:00/2026-11-27T00:00+01:00")]
    [InlineData("2026-11-25T01:30+01:00", "завтра в 15:00", "ru-RU", "2026-11-25T15:00+01:00")]
    public void Recognize_LateAtNight_TomorrowIsTheComingDaytime(string now, string text, string locale, string expected)
    {
        var preference = TimePreferenceRecognizer.Recognize(text, locale, DateTimeOffset.Parse(now, CultureInfo.InvariantCulture), Prague);

        Assert.Equal(expected, Render(preference));
    }

    [Theory]
    [InlineData("2026-10-24T12:00+02:00", "tomorrow", "2026-10-25T00:00+02:00/2026-10-26T00:00+01:00", 25)]
    [InlineData("2026-10-24T12:00+02:00", "tomorrow at 2:30am", "2026-10-25T02:30+02:00", 0)]
    [InlineData("2026-10-24T12:00+02:00", "tomorrow at 3am", "2026-10-25T03:00+01:00", 0)]
    [InlineData("2026-10-25T01:30+02:00", "in 2 hours", "2026-10-25T02:30+01:00", 0)]
    [InlineData("2027-03-27T12:00+01:00", "tomorrow", "2027-03-28T00:00+01:00/2027-03-29T00:00+02:00", 23)]
    [InlineData("2027-03-27T12:00+01:00", "tomorrow at 2:30", "2027-03-28T03:00+02:00", 0)]
    [InlineData("2027-03-27T12:00+01:00", "Sunday before 4am", "2027-03-28T00:00+01:00/2027-03-28T04:00+02:00", 3)]
    [InlineData("2027-03-28T01:30+01:00", "in an hour", "2027-03-28T03:30+02:00", 0)]
    public void Recognize_AroundClockChange_KeepsWallClockAndElapsedTimeApart(string now, string text, string expected, int hours)
    {
        var preference = TimePreferenceRecognizer.Recognize(text, "en-US", DateTimeOffset.Parse(now, CultureInfo.InvariantCulture), Prague);

        Assert.Equal(expected, Render(preference));
        Assert.Equal(TimeSpan.FromHours(hours), preference!.Duration);
    }

    [Theory]
    [InlineData("Pacific/Auckland", "2026-11-25T15:00+13:00")]
    [InlineData("Pacific/Pago_Pago", "2026-11-24T15:00-11:00")]
    [InlineData("UTC", "2026-11-25T15:00+00:00")]
    public void Recognize_SameInstantInAnotherZone_ResolvesOnThatZonesCalendar(string zone, string expected)
    {
        var instant = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

        var preference = TimePreferenceRecognizer.Recognize("tomorrow at 3pm", "en-US", instant, TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(expected, Render(preference));
    }

    [Theory]
    [InlineData("Tuesday afternoon", TimePreferenceKind.Range)]
    [InlineData("at 3pm", TimePreferenceKind.Point)]
    [InlineData("in 20 minutes", TimePreferenceKind.Point)]
    [InlineData("after 3pm", TimePreferenceKind.Range)]
    public void Recognize_Kind_PointHasNoLength(string text, TimePreferenceKind kind)
    {
        var preference = TimePreferenceRecognizer.Recognize(text, "en-US", Now, Prague)!;

        Assert.Equal(kind, preference.Kind);
        Assert.Equal(kind == TimePreferenceKind.Point, preference.Duration == TimeSpan.Zero);
    }

    [Fact]
    public void Recognize_NowWithSeconds_CountsElapsedTimeFromTheWholeMinute()
    {
        var now = Now.AddSeconds(42);

        Assert.Equal("2026-11-24T10:15+01:00", Render(TimePreferenceRecognizer.Recognize("in 15 minutes", "en-US", now, Prague)));
    }

    private static void AssertTable(string text, string locale, string expected) =>
        Assert.Equal(expected, Render(TimePreferenceRecognizer.Recognize(text, locale, Now, Prague)));

    private static string Render(TimePreference? preference) => preference switch
    {
        null => "",
        { Kind: TimePreferenceKind.Point } => Iso(preference.Start),
        _ => $"{Iso(preference.Start)}/{Iso(preference.End)}",
    };

    private static string Iso(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);
}
