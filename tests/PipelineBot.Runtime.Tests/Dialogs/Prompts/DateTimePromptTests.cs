using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Runtime.Dialogs.Recognizers;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Dialogs.Prompts;

public class DateTimePromptTests
{
    // Tuesday 24 November 2026, 10:00 UTC.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("en-US", "tomorrow at 3pm", "2026-11-25T15:00", "2026-11-25T15:00")]
    [InlineData("en-US", "tomorrow", "2026-11-25", "2026-11-25T00:00")]
    [InlineData("en-US", "Dec 1", "2026-12-01", "2026-12-01T00:00")]
    [InlineData("ru-RU", "завтра в 15:00", "2026-11-25T15:00", "2026-11-25T15:00")]
    [InlineData("ru-RU", "1 декабря", "2026-12-01", "2026-12-01T00:00")]
    [InlineData("sr-Cyrl-RS", "сутра у 15:00", "2026-11-25T15:00", "2026-11-25T15:00")]
    [InlineData("ro-RO", "mâine la ora 15", "2026-11-25T15:00", "2026-11-25T15:00")]
    [InlineData("cs-CZ", "zítra", "2026-11-25", "2026-11-25T00:00")]
    public async Task Answer_DateOrMomentByLocale_ResolvesAgainstTheClock(string locale, string text, string timex, string value)
    {
        var harness = await StartAsync(locale);

        var replies = await harness.AnswerAsync(text);

        Assert.Empty(replies);
        var resolution = Assert.Single(Resolutions(harness));
        Assert.Equal((timex, Parse(value)), (resolution.Timex, resolution.Value));
    }

    [Theory]
    [InlineData("en-US", "next week")]
    [InlineData("ru-RU", "на следующей неделе")]
    [InlineData("sr-Cyrl-RS", "следеће недеље")]
    [InlineData("ro-RO", "săptămâna viitoare")]
    [InlineData("cs-CZ", "příští týden")]
    public async Task Answer_NextWeekByLocale_ResolvesToARange(string locale, string text)
    {
        var harness = await StartAsync(locale);

        await harness.AnswerAsync(text);

        var week = Assert.Single(Resolutions(harness));
        Assert.Equal("2026-W49", week.Timex);
        Assert.Null(week.Value);
        Assert.Equal((Parse("2026-11-30T00:00"), Parse("2026-12-07T00:00")), (week.Start, week.End));
    }

    [Theory]
    [InlineData("en-US", "asdf")]
    [InlineData("en-US", "I need 50 licences")]
    [InlineData("ru-RU", "когда-нибудь")]
    public async Task Answer_NoDate_Retries(string locale, string text)
    {
        var harness = await StartAsync(locale);

        var replies = await harness.AnswerAsync(text);

        harness.AssertOutcome(replies, null);
    }

    [Fact]
    public async Task Answer_UserAheadOfUtc_ResolvesOnTheUsersOwnCalendar()
    {
        // 22:30 UTC on the 24th is already 01:30 on the 25th in Moscow, so "tomorrow" is the 26th there.
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 22, 30, 0, TimeSpan.Zero));
        var harness = await StartAsync("ru-RU");

        await harness.AnswerAsync(new Activity { Text = "завтра", LocalTimezone = "Europe/Moscow" });

        Assert.Equal("2026-11-26", Assert.Single(Resolutions(harness)).Timex);
    }

    private Task<PromptHarness> StartAsync(string locale) => PromptHarness.StartAsync(() => new DateTimePrompt("prompt", timeProvider: _time), locale: locale);

    private static IReadOnlyList<DateTimeResolution> Resolutions(PromptHarness harness)
    {
        Assert.True(harness.Answered, "The prompt did not recognise a date.");
        return Assert.IsAssignableFrom<IReadOnlyList<DateTimeResolution>>(harness.Result);
    }

    private static DateTime Parse(string value) => DateTime.ParseExact(value, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
