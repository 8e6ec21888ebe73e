using PipelineBot.Sales.Meetings;

namespace PipelineBot.Sales.Tests.Meetings;

/// <summary>Working hours are the rep's wall clock: they hold across daylight-saving changes and whatever zone the visitor is in.</summary>
public class SlotFinderTimeZoneTests
{
    private const string Prague = "Europe/Prague";
    private const string NewYork = "America/New_York";
    private const string Apia = "Pacific/Apia";
    private const string PagoPago = "Pacific/Pago_Pago";

    private static IReadOnlyList<TimeSlot> Find(AvailabilityOptions options, DateTimeOffset now, int count, TimeSlot? within = null) =>
        SlotFinder.Find(options.For("alice"), [], now, count, within);

    [Theory]
    // Spring forward: Prague on 30 March 2025, New York on 9 March 2025; nine o'clock moves an hour earlier in UTC.
    [InlineData(Prague, 2025, 3, 28, 31, "08:00", "07:00")]
    [InlineData(NewYork, 2025, 3, 7, 10, "14:00", "13:00")]
    // Fall back: Prague on 26 October 2025, New York on 2 November 2025; nine o'clock moves an hour later in UTC.
    [InlineData(Prague, 2025, 10, 24, 27, "07:00", "08:00")]
    [InlineData(NewYork, 2025, 10, 31, 3, "13:00", "14:00")]
    public void Find_AcrossDaylightSavingChange_KeepsWorkingHoursOnTheWallClock(
        string zone, int year, int month, int friday, int monday, string fridayNineUtc, string mondayNineUtc)
    {
        var options = TestAvailability.Weekdays(zone, "09:00-17:00");
        var fridayMorning = TestAvailability.At(zone, year, month, friday, 8);

        var slots = Find(options, fridayMorning, 16);

        Assert.Equal(16, slots.Count);
        Assert.All(slots, slot => Assert.Matches(@"^(Fri|Mon) \d\d\.\d\d (09|1[0-6]):00-(1[0-7]):00$", TestAvailability.Show(slot, zone)));
        Assert.Equal(fridayNineUtc, slots[0].Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(mondayNineUtc, slots[8].Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith($"Mon {(monday < 10 ? "0" : "")}{monday}.", TestAvailability.Show(slots[8], zone), StringComparison.Ordinal);
    }

    [Fact]
    public void Find_NightWhenTheClockSkipsAnHour_OffersOnlyTimeTheClockShows()
    {
        var options = NightShift(Prague, "01:00-04:00");

        var slots = Find(options, TestAvailability.At(Prague, 2025, 3, 29, 12), 10);

        // 01:00-04:00 on the wall clock is two real hours that night; no slot starts or ends outside it.
        Assert.Equal(["01:00+01:00-01:30+01:00", "01:30+01:00-03:00+02:00", "03:00+02:00-03:30+02:00", "03:30+02:00-04:00+02:00"],
            slots.Take(4).Select(slot => TestAvailability.ShowWithOffsets(slot, Prague)));
        Assert.All(slots.Take(4), slot => Assert.Equal(TimeSpan.FromMinutes(30), slot.Length));
        Assert.Equal("Mon 31.03 01:00-01:30", TestAvailability.Show(slots[4], Prague));
    }

    [Fact]
    public void Find_PeriodStartingInsideTheSkippedHour_StartsWhenTheClockJumps()
    {
        var options = NightShift(Prague, "02:30-04:00");

        var slots = Find(options, TestAvailability.At(Prague, 2025, 3, 29, 12), 2);

        Assert.Equal(["03:00+02:00-03:30+02:00", "03:30+02:00-04:00+02:00"], slots.Select(slot => TestAvailability.ShowWithOffsets(slot, Prague)));
    }

    [Fact]
    public void Find_NightWhenTheClockRepeatsAnHour_OffersTheRepeatedHourTwice()
    {
        var options = NightShift(Prague, "01:00-04:00");

        var slots = Find(options, TestAvailability.At(Prague, 2025, 10, 25, 12), 8);

        Assert.Equal(
            ["01:00+02:00", "01:30+02:00", "02:00+02:00", "02:30+02:00", "02:00+01:00", "02:30+01:00", "03:00+01:00", "03:30+01:00"],
            slots.Select(slot => TestAvailability.ShowWithOffsets(slot, Prague)[..11]));
        Assert.Equal(TestAvailability.At(Prague, 2025, 10, 26, 4), slots[^1].End);
    }

    [Fact]
    public void Find_RepAtUtcPlus13_VisitorAtUtcMinus11SeesTheSameClockADayEarlier()
    {
        var options = TestAvailability.Weekdays(Apia, "09:00-17:00");
        var sundayEveningInApia = TestAvailability.At(Apia, 2025, 6, 1, 18);

        var slots = Find(options, sundayEveningInApia, 40);

        Assert.Equal("Mon 02.06 09:00-10:00", TestAvailability.Show(slots[0], Apia));
        Assert.Equal("Sun 01.06 09:00-10:00", TestAvailability.Show(slots[0], PagoPago));
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 20, 0, 0, TimeSpan.Zero), slots[0].Start);
        Assert.Equal("Fri 06.06 16:00-17:00", TestAvailability.Show(slots[^1], Apia));
        Assert.Equal("Thu 05.06 16:00-17:00", TestAvailability.Show(slots[^1], PagoPago));
    }

    [Fact]
    public void Find_VisitorAtUtcMinus11AsksForTheirMondayMorning_GetsTheRepsTuesday()
    {
        var options = TestAvailability.Weekdays(Apia, "09:00-17:00");
        var mondayMorningInPagoPago = new TimeSlot(TestAvailability.At(PagoPago, 2025, 6, 2, 9), TestAvailability.At(PagoPago, 2025, 6, 2, 12));

        var slots = Find(options, TestAvailability.At(Apia, 2025, 6, 1, 18), 10, mondayMorningInPagoPago);

        Assert.Equal(["Tue 03.06 09:00-10:00", "Tue 03.06 10:00-11:00", "Tue 03.06 11:00-12:00"], slots.Select(slot => TestAvailability.Show(slot, Apia)));
        Assert.Equal(["Mon 02.06 09:00-10:00", "Mon 02.06 10:00-11:00", "Mon 02.06 11:00-12:00"], slots.Select(slot => TestAvailability.Show(slot, PagoPago)));
    }

    /// <summary>Every day of the week, half-hour slots, so a night with a clock change is covered whatever its weekday.</summary>
    private static AvailabilityOptions NightShift(string zone, string period)
    {
        var options = TestAvailability.Weekdays(zone, period);
        options.WorkingHours["Saturday"] = [period];
        options.WorkingHours["Sunday"] = [period];
        (options.MeetingLength, options.SlotInterval) = (TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30));
        return options;
    }
}
