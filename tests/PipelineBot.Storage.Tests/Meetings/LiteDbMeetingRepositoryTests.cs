using System.Text.Json;
using PipelineBot.Sales;
using PipelineBot.Sales.Meetings;
using PipelineBot.Storage.Meetings;

namespace PipelineBot.Storage.Tests.Meetings;

public sealed partial class LiteDbMeetingRepositoryTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private LiteDbMeetingRepository _meetings;

    public LiteDbMeetingRepositoryTests()
    {
        _database.Open();
        _meetings = _database.CreateMeetingRepository();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task BookAsync_FreeTime_StoresMeetingAndClaimsItsTimeAndBuffer()
    {
        var meeting = TestMeetings.Book(TestMeetings.Ten);

        await _meetings.BookAsync(meeting);

        Assert.Equal(1, meeting.Version);
        Assert.Equal(Json(meeting), Json((await _meetings.GetAsync(meeting.Id))!));
        // Forty minutes held: eight five-minute claims.
        Assert.Equal(8, Claims().Count);
    }

    [Theory]
    [InlineData(-40, false)]
    [InlineData(-35, true)]
    [InlineData(-30, true)]
    [InlineData(15, true)]
    [InlineData(35, true)]
    [InlineData(40, false)]
    public async Task BookAsync_NearAnotherMeeting_RefusedExactlyWhenMeetingsOrBuffersOverlap(int minutesFromTheOther, bool refused)
    {
        await _meetings.BookAsync(TestMeetings.Book(TestMeetings.Ten));
        var meeting = TestMeetings.Book(TestMeetings.Ten.AddMinutes(minutesFromTheOther));

        var error = await Record.ExceptionAsync(() => _meetings.BookAsync(meeting));

        Assert.Equal(refused, error is SlotTakenException);
        Assert.Equal(refused ? 0 : 1, meeting.Version);
        Assert.Equal(refused ? 1 : 2, (await _meetings.FindByRepAsync("alice", TestMeetings.Now, TestMeetings.Now.AddDays(7))).Count);
    }

    [Fact]
    public async Task BookAsync_SameTimeForAnotherRep_Books()
    {
        await _meetings.BookAsync(TestMeetings.Book(TestMeetings.Ten, "alice"));

        await _meetings.BookAsync(TestMeetings.Book(TestMeetings.Ten, "bob"));

        Assert.Equal(16, Claims().Count);
    }

    [Fact]
    public async Task BookAsync_IdAlreadyStored_ThrowsConflict()
    {
        var meeting = TestMeetings.Book(TestMeetings.Ten);
        await _meetings.BookAsync(meeting);
        var again = Meeting.FromSnapshot(meeting.ToSnapshot() with { Version = 0 });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _meetings.BookAsync(again));
    }

    [Fact]
    public async Task SaveAsync_Cancelled_FreesTheTimeForAnotherBooking()
    {
        var meeting = TestMeetings.Book(TestMeetings.Ten);
        await _meetings.BookAsync(meeting);
        meeting.Cancel(Actor.Visitor, TestMeetings.Now, "found another vendor");

        await _meetings.SaveAsync(meeting);
        await _meetings.BookAsync(TestMeetings.Book(TestMeetings.Ten));

        Assert.Equal(MeetingStatus.Cancelled, (await _meetings.GetAsync(meeting.Id))!.Status);
        Assert.Equal(8, Claims().Count);
    }

    [Fact]
    public async Task SaveAsync_RescheduledIntoTakenTime_ThrowsAndLeavesBothMeetingsAsTheyWere()
    {
        var first = TestMeetings.Book(TestMeetings.Ten);
        var second = TestMeetings.Book(TestMeetings.Ten.AddHours(1));
        await _meetings.BookAsync(first);
        await _meetings.BookAsync(second);
        var moving = (await _meetings.GetAsync(first.Id))!;
        moving.Reschedule(new TimeSlot(TestMeetings.Ten.AddMinutes(50), TestMeetings.Ten.AddMinutes(80)), Actor.Visitor, TestMeetings.Now);

        await Assert.ThrowsAsync<SlotTakenException>(() => _meetings.SaveAsync(moving));

        Assert.Equal(Json(first), Json((await _meetings.GetAsync(first.Id))!));
        Assert.Equal(Json(second), Json((await _meetings.GetAsync(second.Id))!));
        await Assert.ThrowsAsync<SlotTakenException>(() => _meetings.BookAsync(TestMeetings.Book(TestMeetings.Ten)));
        Assert.Equal(16, Claims().Count);
    }

    [Fact]
    public async Task SaveAsync_RescheduledOverlappingItsOwnTime_SwapsItsClaims()
    {
        var meeting = TestMeetings.Book(TestMeetings.Ten);
        await _meetings.BookAsync(meeting);
        meeting.Reschedule(new TimeSlot(TestMeetings.Ten.AddMinutes(20), TestMeetings.Ten.AddMinutes(50)), Actor.Visitor, TestMeetings.Now);

        await _meetings.SaveAsync(meeting);

        Assert.Equal(MeetingClaims.Of(meeting.ToSnapshot()).Order(StringComparer.Ordinal), Claims().Order(StringComparer.Ordinal));
        await _meetings.BookAsync(TestMeetings.Book(TestMeetings.Ten.AddMinutes(-20)));
        var stored = (await _meetings.GetAsync(meeting.Id))!;
        Assert.Equal((2L, MeetingAction.Rescheduled, TestMeetings.Ten), (stored.Version, stored.History[^1].What, stored.History[^1].FromTime!.Start));
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_ThrowsConflictAndClaimsNothing()
    {
        var meeting = TestMeetings.Book(TestMeetings.Ten);
        await _meetings.BookAsync(meeting);
        var cancelling = (await _meetings.GetAsync(meeting.Id))!;
        var moving = (await _meetings.GetAsync(meeting.Id))!;
        cancelling.Cancel(Actor.Rep("alice"), TestMeetings.Now);
        await _meetings.SaveAsync(cancelling);
        moving.Reschedule(new TimeSlot(TestMeetings.Ten.AddHours(2), TestMeetings.Ten.AddHours(2).AddMinutes(30)), Actor.Visitor, TestMeetings.Now);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _meetings.SaveAsync(moving));

        Assert.Equal(MeetingStatus.Cancelled, (await _meetings.GetAsync(meeting.Id))!.Status);
        Assert.Empty(Claims());
    }

    [Fact]
    public async Task SaveAsync_NeverBooked_Throws() =>
        await Assert.ThrowsAsync<ArgumentException>(() => _meetings.SaveAsync(TestMeetings.Book(TestMeetings.Ten)));

    [Fact]
    public async Task FindByRepAsync_RangeTouchingOnlyABuffer_FindsThatMeetingAndOrdersByStart()
    {
        var late = TestMeetings.Book(TestMeetings.Ten.AddHours(3));
        var early = TestMeetings.Book(TestMeetings.Ten);
        foreach (var meeting in new[] { late, early, TestMeetings.Book(TestMeetings.Ten, "bob"), TestMeetings.Book(TestMeetings.Ten.AddDays(2)) })
        {
            await _meetings.BookAsync(meeting);
        }

        // From 10:35: the first meeting is over, but its buffer runs until 10:40.
        var found = await _meetings.FindByRepAsync("alice", TestMeetings.Ten.AddMinutes(35), TestMeetings.Ten.AddHours(4));

        Assert.Equal([early.Id, late.Id], found.Select(m => m.Id));
        Assert.Empty(await _meetings.FindByRepAsync("alice", TestMeetings.Ten.AddMinutes(40), TestMeetings.Ten.AddHours(3)));
    }

    [Fact]
    public async Task FindByLeadAsync_ReturnsThatLeadsMeetingsIncludingCancelled()
    {
        var meeting = TestMeetings.Book(TestMeetings.Ten);
        await _meetings.BookAsync(meeting);
        meeting.Cancel(Actor.Visitor, TestMeetings.Now);
        await _meetings.SaveAsync(meeting);
        await _meetings.BookAsync(TestMeetings.Book(TestMeetings.Ten));

        Assert.Equal([meeting.Id], (await _meetings.FindByLeadAsync(meeting.LeadId)).Select(m => m.Id));
    }

    [Fact]
    public async Task FindEndingAfterAsync_FindsEveryStatusEndingLater_EarliestFirst()
    {
        var cancelled = TestMeetings.Book(TestMeetings.Slot(2).Start);
        var ended = TestMeetings.Book(TestMeetings.Slot(0).Start);
        var first = TestMeetings.Book(TestMeetings.Slot(1).Start);
        foreach (var meeting in new[] { cancelled, ended, first })
        {
            await _meetings.BookAsync(meeting);
        }
        cancelled.Cancel(Actor.Visitor, TestMeetings.Now);
        await _meetings.SaveAsync(cancelled);

        var found = await _meetings.FindEndingAfterAsync(TestMeetings.Slot(0).End);

        Assert.Equal([first.Id, cancelled.Id], found.Select(m => m.Id));
    }

    [Fact]
    public async Task GetAsync_AfterReopen_MeetingAndItsClaimsAreStillThere()
    {
        var meeting = TestMeetings.Book(TestMeetings.Ten);
        await _meetings.BookAsync(meeting);

        _database.Reopen();
        _meetings = _database.CreateMeetingRepository();

        Assert.Equal(Json(meeting), Json((await _meetings.GetAsync(meeting.Id))!));
        await Assert.ThrowsAsync<SlotTakenException>(() => _meetings.BookAsync(TestMeetings.Book(TestMeetings.Ten.AddMinutes(5))));
    }

    [Fact]
    public async Task GetAsync_Unknown_ReturnsNull() => Assert.Null(await _meetings.GetAsync(Guid.NewGuid()));

    private static string Json(Meeting meeting) => JsonSerializer.Serialize(meeting.ToSnapshot());

    private List<string> Claims() =>
        [.. _database.Context.Database.GetCollection(MeetingClaims.CollectionName).FindAll().Select(claim => claim["_id"].AsString)];
}
