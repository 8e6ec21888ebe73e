using System.Globalization;
using PipelineBot.Runtime.Dialogs.Recognizers;

namespace PipelineBot.Runtime.Tests.Dialogs.Recognizers;

public class DateTimeRecognizerTests
{
    // Tuesday, mid-morning.
    private static readonly DateTime Now = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("today", "en-US", "2026-11-24")]
    [InlineData("Tomorrow", "en-US", "2026-11-25")]
    [InlineData("the day after tomorrow", "en-US", "2026-11-26")]
    [InlineData("yesterday", "en-US", "2026-11-23")]
    [InlineData("Tuesday", "en-US", "2026-12-01")]
    [InlineData("thursday", "en-US", "2026-11-26")]
    [InlineData("this Tuesday", "en-US", "2026-11-24")]
    [InlineData("next Thursday", "en-US", "2026-12-03")]
    [InlineData("next Tuesday at 10:30", "en-US", "2026-12-01T10:30")]
    [InlineData("next week", "en-US", "2026-W49")]
    [InlineData("this week", "en-US", "2026-W48")]
    [InlineData("next month", "en-US", "2026-12")]
    [InlineData("2026-12-01", "en-US", "2026-12-01")]
    [InlineData("2026-12-01T15:30", "en-US", "2026-12-01T15:30")]
    [InlineData("12/1/2026", "en-US", "2026-12-01")]
    [InlineData("12/1", "en-US", "2026-12-01")]
    [InlineData("12/1", null, "2026-12-01")]
    [InlineData("1/12/2026", "en-GB", "2026-12-01")]
    [InlineData("1.12.2026", "en-GB", "2026-12-01")]
    [InlineData("01.12.", "en-GB", "2026-12-01")]
    [InlineData("1 December", "en-US", "2026-12-01")]
    [InlineData("December 1st", "en-US", "2026-12-01")]
    [InlineData("Dec 1", "en-US", "2026-12-01")]
    [InlineData("1st of December 2027", "en-US", "2027-12-01")]
    [InlineData("March 3", "en-US", "2027-03-03")]
    [InlineData("Nov 24", "en-US", "2026-11-24")]
    [InlineData("3pm", "en-US", "2026-11-24T15:00")]
    [InlineData("3 pm", "en-US", "2026-11-24T15:00")]
    [InlineData("15:00", "en-US", "2026-11-24T15:00")]
    [InlineData("3:30pm", "en-US", "2026-11-24T15:30")]
    [InlineData("9am", "en-US", "2026-11-25T09:00")]
    [InlineData("at 3", "en-US", "2026-11-24T15:00")]
    [InlineData("at 9", "en-US", "2026-11-25T09:00")]
    [InlineData("at 11", "en-US", "2026-11-24T11:00")]
    [InlineData("noon", "en-US", "2026-11-24T12:00")]
    [InlineData("midnight", "en-US", "2026-11-25T00:00")]
    [InlineData("tomorrow at 3pm", "en-US", "2026-11-25T15:00")]
    [InlineData("3pm tomorrow", "en-US", "2026-11-25T15:00")]
    [InlineData("on Friday at noon", "en-US", "2026-11-27T12:00")]
    [InlineData("Tuesday afternoon", "en-US", "2026-12-01TAF")]
    [InlineData("tomorrow morning", "en-US", "2026-11-25TMO")]
    [InlineData("tonight", "en-US", "2026-11-24TEV")]
    [InlineData("this morning", "en-US", "2026-11-24TMO")]
    [InlineData("tomorrow evening at 7", "en-US", "2026-11-25T19:00")]
    [InlineData("Friday at 3 in the morning", "en-US", "2026-11-27T03:00")]
    [InlineData("in 2 hours", "en-US", "2026-11-24T12:00")]
    [InlineData("in an hour", "en-US", "2026-11-24T11:00")]
    [InlineData("in 3 days", "en-US", "2026-11-27")]
    [InlineData("tomorrow or Friday", "en-US", "2026-11-25;2026-11-27")]
    [InlineData("after 3", "en-US", "2026-11-24T15:00")]
    [InlineData("in two hours", "en-US", "2026-11-24T12:00")]
    [InlineData("in half an hour", "en-US", "2026-11-24T10:30")]
    [InlineData("talk to 3 people", "en-US", "")]
    [InlineData("asdf", "en-US", "")]
    [InlineData("lots", "en-US", "")]
    [InlineData("I need 50 licences", "en-US", "")]
    [InlineData("may I ask something", "en-US", "")]
    [InlineData("the sun is out", "en-US", "")]
    [InlineData("\U0001F4C5\U0001F552", "en-US", "")]
    [InlineData("сегодня", "ru-RU", "2026-11-24")]
    [InlineData("завтра", "ru-RU", "2026-11-25")]
    [InlineData("послезавтра", "ru-RU", "2026-11-26")]
    [InlineData("вчера", "ru-RU", "2026-11-23")]
    [InlineData("во вторник", "ru-RU", "2026-12-01")]
    [InlineData("в следующий четверг", "ru-RU", "2026-12-03")]
    [InlineData("в эту среду", "ru-RU", "2026-11-25")]
    [InlineData("на следующей неделе", "ru-RU", "2026-W49")]
    [InlineData("в следующем месяце", "ru-RU", "2026-12")]
    [InlineData("1 декабря", "ru-RU", "2026-12-01")]
    [InlineData("1.12.2026", "ru-RU", "2026-12-01")]
    [InlineData("01.12.", "ru-RU", "2026-12-01")]
    [InlineData("1/12/2026", "ru-RU", "2026-12-01")]
    [InlineData("в 15:00", "ru-RU", "2026-11-24T15:00")]
    [InlineData("в 3 часа дня", "ru-RU", "2026-11-24T15:00")]
    [InlineData("в 9 утра", "ru-RU", "2026-11-25T09:00")]
    [InlineData("завтра в 15:00", "ru-RU", "2026-11-25T15:00")]
    [InlineData("завтра утром", "ru-RU", "2026-11-25TMO")]
    [InlineData("днём", "ru-RU", "2026-11-24TAF")]
    [InlineData("в пятницу вечером", "ru-RU", "2026-11-27TEV")]
    [InlineData("через 2 часа", "ru-RU", "2026-11-24T12:00")]
    [InlineData("через 3 дня", "ru-RU", "2026-11-27")]
    [InlineData("через полчаса", "ru-RU", "2026-11-24T10:30")]
    [InlineData("с 14 до 16", "ru-RU", "2026-11-24T14:00;2026-11-24T16:00")]
    [InlineData("tomorrow", "ru-RU", "2026-11-25")]
    [InlineData("много", "ru-RU", "")]
    [InlineData("привет", "ru-RU", "")]
    [InlineData("данас", "sr-Cyrl-RS", "2026-11-24")]
    [InlineData("сутра", "sr-Cyrl-RS", "2026-11-25")]
    [InlineData("прекосутра", "sr", "2026-11-26")]
    [InlineData("јуче", "sr-Cyrl", "2026-11-23")]
    [InlineData("у уторак", "sr-Cyrl-RS", "2026-12-01")]
    [InlineData("следећи четвртак", "sr-Cyrl-RS", "2026-12-03")]
    [InlineData("у недељу", "sr-Cyrl-RS", "2026-11-29")]
    [InlineData("следеће недеље", "sr-Cyrl-RS", "2026-W49")]
    [InlineData("следећег месеца", "sr-Cyrl-RS", "2026-12")]
    [InlineData("1. децембар", "sr-Cyrl-RS", "2026-12-01")]
    [InlineData("1. децембра", "sr-Cyrl-RS", "2026-12-01")]
    [InlineData("1.12.2026", "sr-Cyrl-RS", "2026-12-01")]
    [InlineData("сутра у 15:00", "sr-Cyrl-RS", "2026-11-25T15:00")]
    [InlineData("ујутру", "sr-Cyrl-RS", "2026-11-24TMO")]
    [InlineData("поподне", "sr-Cyrl-RS", "2026-11-24TAF")]
    [InlineData("сутра увече", "sr-Cyrl-RS", "2026-11-25TEV")]
    [InlineData("у подне", "sr-Cyrl-RS", "2026-11-24T12:00")]
    [InlineData("за 3 дана", "sr-Cyrl-RS", "2026-11-27")]
    [InlineData("sutra u 15h", "sr-Latn-RS", "2026-11-25T15:00")]
    [InlineData("u petak popodne", "sr-Latn-RS", "2026-11-27TAF")]
    [InlineData("1. decembra", "sr-Latn-RS", "2026-12-01")]
    [InlineData("много", "sr-Cyrl-RS", "")]
    [InlineData("zdravo", "sr-Latn-RS", "")]
    [InlineData("azi", "ro-RO", "2026-11-24")]
    [InlineData("mâine", "ro-RO", "2026-11-25")]
    [InlineData("maine", "ro-RO", "2026-11-25")]
    [InlineData("poimâine", "ro-RO", "2026-11-26")]
    [InlineData("ieri", "ro-RO", "2026-11-23")]
    [InlineData("marți", "ro-RO", "2026-12-01")]
    [InlineData("joi", "ro-RO", "2026-11-26")]
    [InlineData("joia viitoare", "ro-RO", "2026-12-03")]
    [InlineData("săptămâna viitoare", "ro-RO", "2026-W49")]
    [InlineData("luna viitoare", "ro-RO", "2026-12")]
    [InlineData("1 decembrie", "ro-RO", "2026-12-01")]
    [InlineData("1.12.2026", "ro-RO", "2026-12-01")]
    [InlineData("mâine la ora 15", "ro-RO", "2026-11-25T15:00")]
    [InlineData("mâine la 3", "ro-RO", "2026-11-25T15:00")]
    [InlineData("dimineața", "ro-RO", "2026-11-24TMO")]
    [InlineData("după-amiază", "ro-RO", "2026-11-24TAF")]
    [InlineData("dupa amiaza", "ro-RO", "2026-11-24TAF")]
    [InlineData("vineri seara", "ro-RO", "2026-11-27TEV")]
    [InlineData("peste 2 ore", "ro-RO", "2026-11-24T12:00")]
    [InlineData("peste 3 zile", "ro-RO", "2026-11-27")]
    [InlineData("mulți", "ro-RO", "")]
    [InlineData("salut", "ro-RO", "")]
    [InlineData("dnes", "cs-CZ", "2026-11-24")]
    [InlineData("zítra", "cs-CZ", "2026-11-25")]
    [InlineData("zitra", "cs-CZ", "2026-11-25")]
    [InlineData("pozítří", "cs-CZ", "2026-11-26")]
    [InlineData("včera", "cs-CZ", "2026-11-23")]
    [InlineData("v úterý", "cs-CZ", "2026-12-01")]
    [InlineData("příští čtvrtek", "cs-CZ", "2026-12-03")]
    [InlineData("příští týden", "cs-CZ", "2026-W49")]
    [InlineData("tento tyden", "cs-CZ", "2026-W48")]
    [InlineData("příští měsíc", "cs-CZ", "2026-12")]
    [InlineData("1. prosince", "cs-CZ", "2026-12-01")]
    [InlineData("1. prosinec", "cs-CZ", "2026-12-01")]
    [InlineData("1. 12. 2026", "cs-CZ", "2026-12-01")]
    [InlineData("1.12. v 15:00", "cs-CZ", "2026-12-01T15:00")]
    [InlineData("ráno", "cs-CZ", "2026-11-24TMO")]
    [InlineData("zítra odpoledne", "cs-CZ", "2026-11-25TAF")]
    [InlineData("dnes večer", "cs-CZ", "2026-11-24TEV")]
    [InlineData("za 2 hodiny", "cs-CZ", "2026-11-24T12:00")]
    [InlineData("za 3 dny", "cs-CZ", "2026-11-27")]
    [InlineData("hodně", "cs-CZ", "")]
    [InlineData("ahoj", "cs-CZ", "")]
    public void Recognize_Table_ResolvesTimex(string text, string? locale, string expected)
    {
        var timexes = DateTimeRecognizer.Recognize(text, locale, Now).Select(r => r.Timex);

        Assert.Equal(expected, string.Join(';', timexes));
    }

    [Theory]
    [InlineData("tomorrow", "en-US", "2026-11-25 00:00", null, null)]
    [InlineData("tomorrow at 3pm", "en-US", "2026-11-25 15:00", null, null)]
    [InlineData("Tuesday afternoon", "en-US", null, "2026-12-01 12:00", "2026-12-01 17:00")]
    [InlineData("evening", "en-US", null, "2026-11-24 17:00", "2026-11-24 20:00")]
    [InlineData("morning", "en-US", null, "2026-11-24 08:00", "2026-11-24 12:00")]
    [InlineData("next week", "en-US", null, "2026-11-30 00:00", "2026-12-07 00:00")]
    [InlineData("this week", "en-US", null, "2026-11-23 00:00", "2026-11-30 00:00")]
    [InlineData("next month", "en-US", null, "2026-12-01 00:00", "2027-01-01 00:00")]
    [InlineData("в 3 часа дня", "ru-RU", "2026-11-24 15:00", null, null)]
    public void Recognize_Shape_FillsValueOrRange(string text, string locale, string? value, string? start, string? end)
    {
        var resolution = Assert.Single(DateTimeRecognizer.Recognize(text, locale, Now));

        Assert.Equal(Parse(value), resolution.Value);
        Assert.Equal(Parse(start), resolution.Start);
        Assert.Equal(Parse(end), resolution.End);
        Assert.All(new[] { resolution.Value, resolution.Start, resolution.End }.OfType<DateTime>(), d => Assert.Equal(DateTimeKind.Unspecified, d.Kind));
    }

    [Fact]
    public void Recognize_BareWeekdayOnThatDay_MeansNextWeek()
    {
        var sunday = new DateTime(2026, 11, 29, 9, 0, 0);

        Assert.Equal("2026-12-06", Assert.Single(DateTimeRecognizer.Recognize("Sunday", "en-US", sunday)).Timex);
        Assert.Equal("2026-11-30", Assert.Single(DateTimeRecognizer.Recognize("next Monday", "en-US", sunday)).Timex);
    }

    [Fact]
    public void Recognize_LeapDayWithoutYear_RollsToNextLeapYear()
    {
        Assert.Equal("2028-02-29", Assert.Single(DateTimeRecognizer.Recognize("29 February", "en-US", Now)).Timex);
    }

    private static DateTime? Parse(string? value) =>
        value is null ? null : DateTime.ParseExact(value, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
