using Microsoft.Extensions.Options;
using PipelineBot.Host.Content;
using PipelineBot.Host.Dialogs.Handoff;
using PipelineBot.Runtime.Schema;
using static PipelineBot.Host.Tests.Dialogs.Handoff.HandoffTestOptions;

namespace PipelineBot.Host.Tests.Dialogs.Handoff;

public sealed class ContactExpectationFormatterTests
{
    private static readonly DialogText Text = new(Options.Create(new ContentOptions { DialogsPath = "dialogs", DefaultLocale = "en" }));
    private static readonly DateTimeOffset FridayEvening = PragueTime(2026, 11, 27, 17, 45);

    private readonly BusinessHours _hours = new(Prague());
    private readonly ContactExpectationFormatter _formatter;

    public ContactExpectationFormatterTests() => _formatter = new ContactExpectationFormatter(Text, _hours);

    [Theory]
    [InlineData("en-US", "I've let our team know. We're closed right now; expect a reply on Monday, November 30, soon after 9:00 AM our time (Europe/Prague, UTC+01:00).")]
    [InlineData("ru-RU", "Я передал ваш запрос нашей команде. Сейчас мы не работаем; ответим вскоре после открытия: понедельник, 30 ноября, 09:00 по нашему времени (Europe/Prague, UTC+01:00).")]
    [InlineData("sr-Cyrl-RS", "Обавестио сам наш тим. Тренутно не радимо; јавићемо вам се убрзо пошто почнемо са радом: понедељак, 30. новембар, у 09:00 по нашем времену (Europe/Prague, UTC+01:00).")]
    [InlineData("ro-RO", "Am anunțat echipa noastră. Acum suntem închiși; vă vom răspunde la scurt timp după redeschidere: luni, 30 noiembrie, ora 09:00 (ora noastră, Europe/Prague, UTC+01:00).")]
    [InlineData("cs-CZ", "Dal jsem vědět našemu týmu. Teď máme zavřeno; ozveme se krátce po otevření: pondělí 30. listopadu od 9:00 našeho času (Europe/Prague, UTC+01:00).")]
    public void Format_ClosedVisitorZoneUnknown_NamesTheCompanyZone(string locale, string expected)
    {
        Assert.Equal(expected, _formatter.Format(_hours.Expect(FridayEvening), locale, visitorZone: null));
    }

    [Theory]
    [InlineData("en-US", "I've let our team know. Someone will get in touch with you within an hour.")]
    [InlineData("ru-RU", "Я передал ваш запрос нашей команде. С вами свяжутся не позднее чем через час.")]
    [InlineData("sr-Cyrl-RS", "Обавестио сам наш тим. Неко ће вам се јавити најкасније за сат времена.")]
    [InlineData("ro-RO", "Am anunțat echipa noastră. Cineva vă va contacta în cel mult o oră.")]
    [InlineData("cs-CZ", "Dal jsem vědět našemu týmu. Někdo se vám ozve nejpozději za hodinu.")]
    public void Format_Open_PromisesTheResponseTime(string locale, string expected)
    {
        Assert.Equal(expected, _formatter.Format(_hours.Expect(PragueTime(2026, 11, 30, 10, 0)), locale, visitorZone: null));
    }

    [Fact]
    public void Format_ClosingSoon_SaysSoAndGivesTheNextOpening()
    {
        Assert.Equal(
            "I've let our team know. We close soon, so if nobody gets back to you today, expect a reply on Monday, November 30, soon after 9:00 AM our time (Europe/Prague, UTC+01:00).",
            _formatter.Format(_hours.Expect(PragueTime(2026, 11, 27, 17, 0)), "en-US", visitorZone: null));
    }

    [Theory]
    [InlineData("America/New_York", 11, 27, "on Monday, November 30, soon after 3:00 AM your time")]
    [InlineData("Pacific/Honolulu", 11, 27, "on Sunday, November 29, soon after 10:00 PM your time")]
    // On 13 March 2026 New York is on summer time and Prague is not yet, so Prague is five hours ahead, not six.
    [InlineData("America/New_York", 3, 13, "on Monday, March 16, soon after 4:00 AM your time")]
    public void Format_VisitorReportsTheirZone_StatesTheOpeningOnTheirClock(string zone, int month, int friday, string expected)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Locale = "en-US", LocalTimezone = zone };

        var sentence = _formatter.Format(_hours.Expect(PragueTime(2026, month, friday, 17, 45)), activity);

        Assert.EndsWith($"expect a reply {expected}.", sentence);
    }

    [Fact]
    public void Format_VisitorOnlyReportsTheirOffset_UsesIt()
    {
        var activity = new Activity { Locale = "en-US", LocalTimestamp = new DateTimeOffset(2026, 11, 27, 22, 15, 0, new TimeSpan(5, 30, 0)) };

        Assert.EndsWith("on Monday, November 30, soon after 1:30 PM your time.", _formatter.Format(_hours.Expect(FridayEvening), activity));
    }

    [Theory]
    [InlineData("en-GB", "on Monday, 30 November, soon after 09:00 our time")]
    [InlineData("de-DE", "on Monday, November 30, soon after 9:00 AM our time")]
    [InlineData("sr-Latn-RS", "понедељак, 30. новембар, у 09:00 по нашем времену")]
    public void Format_Culture_FollowsTheVisitorsRegionButNeverLeavesTheContentsLanguage(string locale, string expected)
    {
        Assert.Contains(expected, _formatter.Format(_hours.Expect(FridayEvening), locale, visitorZone: null));
    }

    [Theory]
    [InlineData("en", 120, "within 2 hours.")]
    [InlineData("en", 30, "within 30 minutes.")]
    [InlineData("en", 1, "within a minute.")]
    [InlineData("ru", 60, "через час.")]
    [InlineData("ru", 120, "через 2 часа.")]
    [InlineData("ru", 300, "через 5 часов.")]
    [InlineData("ru", 1260, "через 21 час.")]
    [InlineData("ru", 2, "через 2 минуты.")]
    [InlineData("ru", 21, "через 21 минуту.")]
    [InlineData("ru", 90, "через 90 минут.")]
    [InlineData("sr", 120, "за 2 сата.")]
    [InlineData("sr", 300, "за 5 сати.")]
    [InlineData("sr", 45, "за 45 минута.")]
    [InlineData("ro", 120, "în cel mult 2 ore.")]
    [InlineData("ro", 20, "în cel mult 20 de minute.")]
    [InlineData("ro", 15, "în cel mult 15 minute.")]
    [InlineData("cs", 180, "za 3 hodiny.")]
    [InlineData("cs", 300, "za 5 hodin.")]
    [InlineData("cs", 1, "za minutu.")]
    public void Format_ResponseTime_UsesTheCountedFormOfTheLanguage(string locale, int minutes, string ending)
    {
        var expectation = new ContactExpectation(OpeningState.Open, TimeSpan.FromMinutes(minutes), FridayEvening);

        Assert.EndsWith(ending, _formatter.Format(expectation, locale, visitorZone: null));
    }
}
