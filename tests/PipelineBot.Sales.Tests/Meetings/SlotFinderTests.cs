using PipelineBot.Sales.Meetings;

namespace PipelineBot.Sales.Tests.Meetings;

public class SlotFinderTests
{
    private const string Prague = "Europe/Prague";

    // Monday 3 March 2025, 07:00 in Prague (UTC+1).
    private static readonly DateTimeOffset MondayMorning = TestAvailability.At(Prague, 2025, 3, 3, 7);

    private static List<string> Find(AvailabilityOptions options, DateTimeOffset now, int count, IEnumerable<Meeting>? meetings = null, TimeSlot? within = null) =>
        Find(options, now, count, (meetings ?? []).Select(meeting => meeting.HeldTime), within);

    private static List<string> Find(AvailabilityOptions options, DateTimeOffset now, int count, IEnumerable<TimeSlot> busy, TimeSlot? within = null) =>
        [.. SlotFinder.Find(options.For("alice"), busy, now, count, within).Select(slot => TestAvailability.Show(slot, Prague))];

    [Fact]
    public void Find_WorkingHours_OffersGridInsidePeriodsAndSkipsLunchAndWeekend()
    {
        var options = TestAvailability.Weekdays(Prague, "09:00-12:00", "13:00-17:00");
        var fridayAfternoon = TestAvailability.At(Prague, 2025, 3, 7, 14, 30);

        Assert.Equal(
            ["Fri 07.03 15:00-16:00", "Fri 07.03 16:00-17:00", "Mon 10.03 09:00-10:00", "Mon 10.03 10:00-11:00", "Mon 10.03 11:00-12:00", "Mon 10.03 13:00-14:00"],
            Find(options, fridayAfternoon, 6));
    }

    [Fact]
    public void Find_PeriodNotAMultipleOfTheLength_NeverRunsPastItsEnd()
    {
        var options = TestAvailability.Weekdays(Prague, "09:00-11:30");

        Assert.Equal(["Mon 03.03 09:00-10:00", "Mon 03.03 10:00-11:00", "Tue 04.03 09:00-10:00"], Find(options, MondayMorning, 3));
    }

    [Fact]
    public void Find_HeldMeetings_SkipsSlotsWhoseMeetingOrBufferOverlapsThem()
    {
        var options = TestAvailability.Weekdays(Prague, "09:00-12:00");
        (options.MeetingLength, options.SlotInterval, options.Buffer) = (TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));
        var held = new MeetingBuilder().At(TestAvailability.At(Prague, 2025, 3, 4, 10)).WithBuffer(15).BookedAt(MondayMorning).Build();
        var tuesday = new TimeSlot(TestAvailability.At(Prague, 2025, 3, 4, 0), TestAvailability.At(Prague, 2025, 3, 5, 0));

        // 09:30 would leave its buffer running into the 10:00 meeting; 10:30 would start inside that meeting's buffer.
        Assert.Equal(
            ["Tue 04.03 09:00-09:30", "Tue 04.03 09:15-09:45", "Tue 04.03 10:45-11:15", "Tue 04.03 11:00-11:30", "Tue 04.03 11:15-11:45", "Tue 04.03 11:30-12:00"],
            Find(options, MondayMorning, 20, [held], tuesday));
    }

    [Fact]
    public void Find_CalendarAppointmentOffTheGrid_SkipsSlotsWhoseMeetingOrBufferTouchesIt()
    {
        var options = TestAvailability.Weekdays(Prague, "09:00-12:00");
        (options.MeetingLength, options.SlotInterval, options.Buffer) = (TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(15));
        var dentist = new TimeSlot(TestAvailability.At(Prague, 2025, 3, 4, 10, 7), TestAvailability.At(Prague, 2025, 3, 4, 10, 52));
        var tuesday = new TimeSlot(TestAvailability.At(Prague, 2025, 3, 4, 0), TestAvailability.At(Prague, 2025, 3, 5, 0));

        // 09:30 plus its buffer runs to 10:15, into the appointment; 11:00 starts after it, since only meetings keep a buffer.
        Assert.Equal(["Tue 04.03 09:00-09:30", "Tue 04.03 11:00-11:30", "Tue 04.03 11:30-12:00"], Find(options, MondayMorning, 20, [dentist], tuesday));
    }

    [Fact]
    public void Find_MinimumNotice_StartsOnTheFirstGridTimeAfterIt()
    {
        var options = TestAvailability.Weekdays(Prague, "09:00-12:00", "13:00-17:00");
        (options.MinimumNotice, options.SlotInterval, options.MeetingLength) = (TimeSpan.FromHours(2), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30));

        Assert.Equal(["Mon 03.03 11:30-12:00", "Mon 03.03 13:00-13:30"], Find(options, TestAvailability.At(Prague, 2025, 3, 3, 9, 10), 2));
    }

    [Fact]
    public void Find_NoNotice_NeverOffersASlotStartingNow()
    {
        var options = TestAvailability.Weekdays(Prague, "09:00-12:00");

        Assert.Equal("Mon 03.03 10:00-11:00", Find(options, TestAvailability.At(Prague, 2025, 3, 3, 9), 1).Single());
    }

    [Fact]
    public void Find_DaysAheadAndDaysOff_OffersNothingBeyondOrOnThem()
    {
        var options = TestAvailability.Weekdays(Prague, "09:00-11:00");
        options.DaysAhead = 2;
        options.DaysOff.Add("2025-03-04");
        options.Reps["alice"] = new RepAvailabilityOptions { DaysOff = ["2025-03-03"] };

        Assert.Equal(["Wed 05.03 09:00-10:00", "Wed 05.03 10:00-11:00"], Find(options, MondayMorning, 50));
    }

    [Fact]
    public void Find_Within_OffersOnlySlotsInsideIt()
    {
        var options = TestAvailability.Weekdays(Prague, "09:00-17:00");
        var tuesdayAfternoon = new TimeSlot(TestAvailability.At(Prague, 2025, 3, 4, 13), TestAvailability.At(Prague, 2025, 3, 4, 15, 30));

        Assert.Equal(["Tue 04.03 13:00-14:00", "Tue 04.03 14:00-15:00"], Find(options, MondayMorning, 10, within: tuesdayAfternoon));
    }

    [Fact]
    public void Find_MeetingsInAnyOrder_SameSlotsInTheSameOrder()
    {
        var options = TestAvailability.Weekdays(Prague, "09:00-17:00");
        var meetings = Enumerable.Range(0, 4)
            .Select(i => new MeetingBuilder().At(TestAvailability.At(Prague, 2025, 3, 3, 10 + (2 * i)), 60).WithBuffer(0).BookedAt(MondayMorning).Build())
            .ToList();

        var forwards = Find(options, MondayMorning, 8, meetings);
        var backwards = Find(options, MondayMorning, 8, Enumerable.Reverse(meetings));

        Assert.Equal(forwards, backwards);
        Assert.Equal(["Mon 03.03 09:00-10:00", "Mon 03.03 11:00-12:00", "Mon 03.03 13:00-14:00", "Mon 03.03 15:00-16:00"], forwards[..4]);
    }

    [Fact]
    public void Find_ZeroCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Find(TestAvailability.Weekdays(Prague, "09:00-17:00"), MondayMorning, 0));
}
