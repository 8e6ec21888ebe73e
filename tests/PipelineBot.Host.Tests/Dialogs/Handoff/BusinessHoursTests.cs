using PipelineBot.Host.Dialogs.Handoff;
using static PipelineBot.Host.Tests.Dialogs.Handoff.HandoffTestOptions;

namespace PipelineBot.Host.Tests.Dialogs.Handoff;

public sealed class BusinessHoursTests
{
    private readonly BusinessHours _hours = new(Prague());

    [Theory]
    [InlineData(2026, 11, 30, 8, 59, false)]
    [InlineData(2026, 11, 30, 9, 0, true)]
    [InlineData(2026, 11, 27, 17, 29, true)]
    [InlineData(2026, 11, 27, 17, 30, false)]
    [InlineData(2026, 11, 28, 12, 0, false)]
    public void IsOpen_PragueWallClock_OpenFromOpeningUntilClosing(int year, int month, int day, int hour, int minute, bool open)
    {
        Assert.Equal(open, _hours.IsOpen(PragueTime(year, month, day, hour, minute)));
    }

    [Fact]
    public void IsOpen_InstantGivenInAnotherOffset_IsJudgedOnPragueClock()
    {
        var nineInPrague = new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.FromHours(-5));

        Assert.True(_hours.IsOpen(nineInPrague));
        Assert.False(_hours.IsOpen(nineInPrague.AddMinutes(-1)));
    }

    [Fact]
    public void NextOpening_FridayAfterClosing_IsMondayMorning()
    {
        var next = _hours.NextOpening(PragueTime(2026, 11, 27, 17, 45));

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(1)), next);
        Assert.Equal(TimeSpan.FromHours(1), next.Offset);
    }

    [Fact]
    public void NextOpening_WhileOpen_IsTheNextDaysOpening()
    {
        Assert.Equal(PragueTime(2026, 12, 1, 9, 0), _hours.NextOpening(PragueTime(2026, 11, 30, 10, 0)));
    }

    [Fact]
    public void NextOpening_EarlyMorning_IsTodaysOpening()
    {
        Assert.Equal(PragueTime(2026, 11, 30, 9, 0), _hours.NextOpening(PragueTime(2026, 11, 30, 6, 15)));
    }

    [Fact]
    public void NextOpening_ChristmasHolidays_AreSkipped()
    {
        var hours = new BusinessHours(Prague("2026-12-24", "2026-12-25", "2026-12-28"));

        Assert.Equal(PragueTime(2026, 12, 29, 9, 0), hours.NextOpening(PragueTime(2026, 12, 23, 18, 0)));
        Assert.False(hours.IsOpen(PragueTime(2026, 12, 24, 10, 0)));
    }

    [Fact]
    public void NextOpening_OverTheSpringDstWeekend_OpensAtNineSummerTime()
    {
        // Clocks in Prague go from 02:00 CET to 03:00 CEST on Sunday 29 March 2026.
        var next = _hours.NextOpening(PragueTime(2026, 3, 27, 17, 45));

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero), next);
        Assert.Equal(TimeSpan.FromHours(2), next.Offset);
    }

    [Fact]
    public void NextOpening_OverTheAutumnDstWeekend_OpensAtNineWinterTime()
    {
        // Clocks in Prague go from 03:00 CEST back to 02:00 CET on Sunday 25 October 2026.
        var next = _hours.NextOpening(PragueTime(2026, 10, 23, 18, 0));

        Assert.Equal(new DateTimeOffset(2026, 10, 26, 8, 0, 0, TimeSpan.Zero), next);
        Assert.Equal(TimeSpan.FromHours(1), next.Offset);
    }

    [Fact]
    public void NextOpening_OpeningTimeSkippedBySpringForward_OpensWhenClocksJump()
    {
        var options = Prague();
        options.OpeningHours.Days = ["Sunday"];
        options.OpeningHours.Opens = new TimeOnly(2, 30);

        var next = new BusinessHours(options).NextOpening(PragueTime(2026, 3, 28, 12, 0));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 0, 0, TimeSpan.FromHours(2)), next);
    }

    [Fact]
    public void NextOpening_OpeningTimeRepeatedByFallBack_OpensTheFirstTime()
    {
        var options = Prague();
        options.OpeningHours.Days = ["Sunday"];
        options.OpeningHours.Opens = new TimeOnly(2, 30);

        var next = new BusinessHours(options).NextOpening(PragueTime(2026, 10, 24, 12, 0));

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(2)), next);
    }

    [Fact]
    public void Expect_OpenWithAnHourToSpare_PromisesTheResponseTime()
    {
        var expectation = _hours.Expect(PragueTime(2026, 11, 30, 16, 30));

        Assert.Equal(OpeningState.Open, expectation.State);
        Assert.Equal(TimeSpan.FromHours(1), expectation.ReplyWithin);
    }

    [Fact]
    public void Expect_LessThanTheResponseTimeBeforeClosing_PointsToTheNextOpening()
    {
        var expectation = _hours.Expect(PragueTime(2026, 11, 27, 16, 31));

        Assert.Equal(OpeningState.ClosingSoon, expectation.State);
        Assert.Equal(PragueTime(2026, 11, 30, 9, 0), expectation.NextOpening);
    }

    [Fact]
    public void Expect_FridayEvening_IsClosedUntilMonday()
    {
        var expectation = _hours.Expect(PragueTime(2026, 11, 27, 17, 45));

        Assert.Equal(new ContactExpectation(OpeningState.Closed, TimeSpan.FromHours(1), PragueTime(2026, 11, 30, 9, 0)), expectation);
    }
}
