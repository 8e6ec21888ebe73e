using PipelineBot.Sales.Metrics;

namespace PipelineBot.Sales.Tests.Metrics;

public sealed class ReportPeriodTests
{
    private static readonly TimeZoneInfo Prague = TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague");

    [Fact]
    public void Containing_Quarter_StartsOnItsFirstMonthAndPreviousIsTheQuarterBefore()
    {
        var quarter = ReportPeriod.Containing(ReportPeriodKind.Quarter, new DateOnly(2025, 5, 17), Prague);

        Assert.Equal((new DateOnly(2025, 4, 1), new DateOnly(2025, 7, 1)), (quarter.Start, quarter.End));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 4, 1)), (quarter.Previous().Start, quarter.Previous().End));
    }

    [Fact]
    public void Containing_January_PreviousIsDecemberOfTheYearBefore()
    {
        var january = ReportPeriod.Containing(ReportPeriodKind.Month, new DateOnly(2025, 1, 31), Prague);

        Assert.Equal("2024-12-01..2025-01-01", january.Previous().ToString());
    }

    [Fact]
    public void Containing_Year_RunsFromJanuaryAndNextIsTheYearAfter()
    {
        var year = ReportPeriod.Containing(ReportPeriodKind.Year, new DateOnly(2025, 5, 17), Prague);

        Assert.Equal(("2025-01-01..2026-01-01", "2026-01-01..2027-01-01"), (year.ToString(), year.Next().ToString()));
    }

    [Fact]
    public void Next_December_IsJanuaryOfTheYearAfter()
    {
        var december = ReportPeriod.Containing(ReportPeriodKind.Month, new DateOnly(2025, 12, 31), Prague);

        Assert.Equal("2026-01-01..2026-02-01", december.Next().ToString());
    }

    [Fact]
    public void Instants_AreMidnightsInTheCompanysZone()
    {
        var quarter = ReportPeriod.Containing(ReportPeriodKind.Quarter, new DateOnly(2025, 5, 17), Prague);

        // Prague is on summer time (UTC+2) on April 1 and July 1.
        Assert.Equal(new DateTimeOffset(2025, 3, 31, 22, 0, 0, TimeSpan.Zero), quarter.StartsAt);
        Assert.Equal(new DateTimeOffset(2025, 6, 30, 22, 0, 0, TimeSpan.Zero), quarter.EndsAt);
        Assert.True(quarter.Contains(new DateTimeOffset(2025, 3, 31, 22, 30, 0, TimeSpan.Zero)));
        Assert.False(quarter.Previous().Contains(new DateTimeOffset(2025, 3, 31, 22, 30, 0, TimeSpan.Zero)));
        Assert.False(quarter.Contains(new DateOnly(2025, 7, 1)));
    }
}
