using PipelineBot.Sales.Meetings;

namespace PipelineBot.Sales.Tests.Meetings;

public class MeetingTests
{
    private static readonly DateTimeOffset Ten = MeetingBuilder.Now.AddHours(2);
    private static readonly TimeSlot TenToHalfPast = new(Ten, Ten.AddMinutes(30));

    [Fact]
    public void Book_FutureSlot_HoldsTimeWithBufferAndRecordsBooking()
    {
        var id = Guid.NewGuid();
        var (deal, lead) = (Guid.NewGuid(), Guid.NewGuid());

        var meeting = Meeting.Book(id, deal, lead, "alice", TenToHalfPast, TimeSpan.FromMinutes(10), "Pacific/Apia", Actor.Visitor, MeetingBuilder.Now);

        Assert.Equal((id, deal, lead, "alice", "Pacific/Apia", MeetingStatus.Booked, MeetingBuilder.Now, 0L),
            (meeting.Id, meeting.DealId, meeting.LeadId, meeting.RepId, meeting.VisitorTimeZoneId, meeting.Status, meeting.CreatedAt, meeting.Version));
        Assert.Equal((Ten, Ten.AddMinutes(30)), (meeting.Start, meeting.End));
        Assert.Equal(new TimeSlot(Ten, Ten.AddMinutes(40)), meeting.HeldTime);
        Assert.True(meeting.HoldsTime);
        Assert.Equal(
            new MeetingChange(id, 1, MeetingAction.Booked, null, MeetingStatus.Booked, null, TenToHalfPast, Actor.Visitor, MeetingBuilder.Now, null),
            Assert.Single(meeting.History));
    }

    [Fact]
    public void Book_SlotGivenInAnotherOffset_StoresUtc()
    {
        var local = new DateTimeOffset(2025, 3, 3, 11, 0, 0, TimeSpan.FromHours(1));

        var meeting = new MeetingBuilder().At(local).Build();

        Assert.Equal(TimeSpan.Zero, meeting.Start.Offset);
        Assert.Equal(Ten, meeting.Start);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void Book_StartNotInTheFuture_Throws(int minutesFromNow) =>
        Assert.Throws<SalesDomainException>(() => new MeetingBuilder().At(MeetingBuilder.Now.AddMinutes(minutesFromNow)).Build());

    [Fact]
    public void Book_OffTheGrain_Throws()
    {
        var error = Assert.Throws<SalesDomainException>(() => new MeetingBuilder().At(Ten.AddMinutes(3)).Build());

        Assert.Contains("whole 5 minutes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Book_UnknownVisitorTimeZone_Throws() =>
        Assert.Throws<ArgumentException>(() => Meeting.Book(
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "alice", TenToHalfPast, TimeSpan.Zero, "Mars/Olympus", Actor.Visitor, MeetingBuilder.Now));

    [Fact]
    public void Reschedule_Booked_MovesTimeAndRecordsOldOne()
    {
        var meeting = new MeetingBuilder().At(Ten).Build();
        var later = new TimeSlot(Ten.AddDays(1), Ten.AddDays(1).AddMinutes(30));
        var at = MeetingBuilder.Now.AddMinutes(5);

        meeting.Reschedule(later, Actor.Visitor, at, "  clash with a board meeting ");

        Assert.Equal((later, MeetingStatus.Booked), (meeting.Time, meeting.Status));
        Assert.Equal(
            new MeetingChange(meeting.Id, 2, MeetingAction.Rescheduled, MeetingStatus.Booked, MeetingStatus.Booked, TenToHalfPast, later,
                Actor.Visitor, at, "clash with a board meeting"),
            meeting.History[1]);
    }

    [Fact]
    public void Reschedule_SameTime_Throws() =>
        Assert.Throws<SalesDomainException>(() => new MeetingBuilder().At(Ten).Build().Reschedule(TenToHalfPast, Actor.Visitor, MeetingBuilder.Now));

    [Fact]
    public void Reschedule_IntoThePast_ThrowsAndKeepsTime()
    {
        var meeting = new MeetingBuilder().At(Ten).Build();

        Assert.Throws<SalesDomainException>(() =>
            meeting.Reschedule(new TimeSlot(Ten.AddHours(-3), Ten.AddHours(-2)), Actor.Visitor, MeetingBuilder.Now));

        Assert.Equal((TenToHalfPast, 1), (meeting.Time, meeting.History.Count));
    }

    [Fact]
    public void Cancel_Booked_FreesTimeAndRecordsReason()
    {
        var meeting = new MeetingBuilder().At(Ten).Build();

        meeting.Cancel(Actor.Rep("alice"), MeetingBuilder.Now.AddMinutes(1), "rep is ill");

        Assert.Equal(MeetingStatus.Cancelled, meeting.Status);
        Assert.False(meeting.HoldsTime);
        Assert.Equal((MeetingAction.Cancelled, MeetingStatus.Booked, MeetingStatus.Cancelled, "rep is ill", Actor.Rep("alice")),
            (meeting.History[1].What, meeting.History[1].From, meeting.History[1].To, meeting.History[1].Reason, meeting.History[1].By));
    }

    [Fact]
    public void Cancel_AfterItEnded_Throws() =>
        Assert.Throws<SalesDomainException>(() => new MeetingBuilder().At(Ten).Build().Cancel(Actor.Visitor, Ten.AddMinutes(30)));

    [Fact]
    public void MarkCompleted_AfterStart_IsFinal()
    {
        var meeting = new MeetingBuilder().At(Ten).Build();

        meeting.MarkCompleted(Actor.Rep("alice"), Ten.AddMinutes(25));

        Assert.Equal(MeetingStatus.Completed, meeting.Status);
        Assert.True(meeting.HoldsTime);
        var error = Assert.Throws<SalesDomainException>(() => meeting.MarkNoShow(Actor.System, Ten.AddMinutes(40)));
        Assert.Contains("is Completed; only a booked meeting can be marked a no-show", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkNoShow_BeforeStart_Throws()
    {
        var meeting = new MeetingBuilder().At(Ten).Build();

        var error = Assert.Throws<SalesDomainException>(() => meeting.MarkNoShow(Actor.System, Ten.AddMinutes(-1)));

        Assert.Contains("cannot be marked a no-show before then", error.Message, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Booked, meeting.Status);
    }

    [Fact]
    public void MarkNoShow_AfterStart_RecordsIt()
    {
        var meeting = new MeetingBuilder().At(Ten).Build();

        meeting.MarkNoShow(Actor.System, Ten.AddMinutes(15), "nobody joined");

        Assert.Equal((MeetingStatus.NoShow, MeetingAction.NoShow, 2), (meeting.Status, meeting.History[^1].What, meeting.History.Count));
    }

    [Fact]
    public void Cancel_AfterCancel_Throws()
    {
        var meeting = new MeetingBuilder().At(Ten).Build();
        meeting.Cancel(Actor.Visitor, MeetingBuilder.Now);

        Assert.Throws<SalesDomainException>(() => meeting.Cancel(Actor.Visitor, MeetingBuilder.Now));
        Assert.Throws<SalesDomainException>(() => meeting.Reschedule(new TimeSlot(Ten.AddDays(1), Ten.AddDays(1).AddMinutes(30)), Actor.Visitor, MeetingBuilder.Now));
        Assert.Equal(2, meeting.History.Count);
    }
}
