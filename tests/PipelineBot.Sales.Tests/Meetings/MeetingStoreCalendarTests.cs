using PipelineBot.Sales.Meetings;

namespace PipelineBot.Sales.Tests.Meetings;

public class MeetingStoreCalendarTests
{
    private static readonly TimeSlot Day = new(MeetingBuilder.Now, MeetingBuilder.Now.AddDays(1));

    [Fact]
    public async Task FindBusyAsync_BookedAndCancelledMeetings_ReturnsTheTimeTheBookedOnesHoldWithTheirBuffers()
    {
        var held = new MeetingBuilder().At(MeetingBuilder.Now.AddHours(2)).WithBuffer(15).Build();
        var cancelled = new MeetingBuilder().At(MeetingBuilder.Now.AddHours(4)).Build();
        cancelled.Cancel(Actor.Visitor, MeetingBuilder.Now);
        var calendar = new MeetingStoreCalendar(new RepMeetings(held, cancelled));

        var busy = await calendar.FindBusyAsync("alice", Day);

        Assert.Equal([new TimeSlot(MeetingBuilder.Now.AddHours(2), MeetingBuilder.Now.AddHours(2).AddMinutes(45))], busy);
    }

    [Fact]
    public async Task FindBusyAsync_AsksTheStoreForTheRepAndRange()
    {
        var store = new RepMeetings();

        await new MeetingStoreCalendar(store).FindBusyAsync("bob", Day);

        Assert.Equal(("bob", Day.Start, Day.End), store.Asked);
    }

    /// <summary>A store holding one rep's meetings that answers only what a calendar asks of it.</summary>
    private sealed class RepMeetings(params Meeting[] meetings) : IMeetingRepository
    {
        public (string RepId, DateTimeOffset From, DateTimeOffset To)? Asked { get; private set; }

        public Task<IReadOnlyList<Meeting>> FindByRepAsync(string repId, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken = default)
        {
            Asked = (repId, fromUtc, toUtc);
            return Task.FromResult<IReadOnlyList<Meeting>>(meetings);
        }

        public Task<Meeting?> GetAsync(Guid id, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<Meeting>> FindByLeadAsync(Guid leadId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<Meeting>> FindEndingAfterAsync(DateTimeOffset fromUtc, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task BookAsync(Meeting meeting, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task SaveAsync(Meeting meeting, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
