using PipelineBot.Sales.Meetings;
using PipelineBot.Storage.Meetings;

namespace PipelineBot.Storage.Tests.Meetings;

/// <summary>Many visitors wanting the same few slots at once: the store alone decides, exactly one per slot.</summary>
public sealed partial class LiteDbMeetingRepositoryTests
{
    private const int Racers = 200;
    private const int Slots = 10;

    [Fact]
    public async Task BookAsync_200RacersFor10Slots_Exactly10BookingsAndEveryOtherRacerToldTheSlotIsTaken()
    {
        var racers = Enumerable.Range(0, Racers).Select(i => TestMeetings.Book(TestMeetings.Slot(i % Slots).Start)).ToList();
        using var start = new ManualResetEventSlim();

        var racing = racers.Select(meeting => Task.Run(() => { start.Wait(); return _meetings.BookAsync(meeting); })).ToList();
        start.Set();
        var outcomes = await Outcomes(racing);

        await AssertExactlyOnePerSlot(racers, outcomes);
    }

    [Fact]
    public async Task BookAsync_200RacersFor10SlotsInOneBatch_Exactly10Bookings()
    {
        var racers = Enumerable.Range(0, Racers).Select(i => TestMeetings.Book(TestMeetings.Slot(i % Slots).Start)).ToList();

        var racing = await _database.WhileWriterBlocked(() => racers.Select(meeting => _meetings.BookAsync(meeting)).ToList());
        var outcomes = await Outcomes(racing);

        await AssertExactlyOnePerSlot(racers, outcomes);
    }

    [Fact]
    public async Task BookAsync_DatabaseClosedAndReopenedMidRace_StillExactly10Bookings()
    {
        // The first half wants only every other slot, so the second half still races for some after the restart.
        var before = Enumerable.Range(0, Racers / 2).Select(i => TestMeetings.Book(TestMeetings.Slot(i % (Slots / 2) * 2).Start)).ToList();
        var after = Enumerable.Range(0, Racers / 2).Select(i => TestMeetings.Book(TestMeetings.Slot(i % Slots).Start)).ToList();

        // Queued, then the host stops while the writer is still working through them: it commits what was queued.
        var racingBefore = before.Select(meeting => _meetings.BookAsync(meeting)).ToList();
        _database.Close();
        var outcomesBefore = await Outcomes(racingBefore);
        _database.Open();
        _meetings = _database.CreateMeetingRepository();
        using var start = new ManualResetEventSlim();
        var racingAfter = after.Select(meeting => Task.Run(() => { start.Wait(); return _meetings.BookAsync(meeting); })).ToList();
        start.Set();
        var outcomesAfter = await Outcomes(racingAfter);

        Assert.Equal(Slots / 2, outcomesBefore.Count(outcome => outcome is null));
        await AssertExactlyOnePerSlot([.. before, .. after], [.. outcomesBefore, .. outcomesAfter]);
    }

    private async Task AssertExactlyOnePerSlot(List<Meeting> racers, List<Exception?> outcomes)
    {
        Assert.All(outcomes, outcome => Assert.True(outcome is null or SlotTakenException, $"Unexpected {outcome}"));
        var winners = racers.Where((_, i) => outcomes[i] is null).ToList();
        Assert.Equal(Slots, winners.Count);
        Assert.Equal(Enumerable.Range(0, Slots).Select(TestMeetings.Slot), winners.Select(m => m.Time).OrderBy(t => t.Start));
        var stored = await _meetings.FindByRepAsync("alice", TestMeetings.Now, TestMeetings.Now.AddDays(7));
        Assert.Equal(winners.Select(m => m.Id).Order(), stored.Select(m => m.Id).Order());
        Assert.True(TestMeetings.NoneOverlap(stored));
        // Every claim belongs to a winner, and every winner holds all of its own.
        Assert.Equal(stored.SelectMany(m => MeetingClaims.Of(m.ToSnapshot())).Order(StringComparer.Ordinal), Claims().Order(StringComparer.Ordinal));
    }

    private static async Task<List<Exception?>> Outcomes(List<Task> tasks)
    {
        var outcomes = new List<Exception?>();
        foreach (var task in tasks)
        {
            outcomes.Add(await Record.ExceptionAsync(() => task));
        }
        return outcomes;
    }
}
