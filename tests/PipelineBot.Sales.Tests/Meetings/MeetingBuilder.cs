using PipelineBot.Sales.Meetings;

namespace PipelineBot.Sales.Tests.Meetings;

/// <summary>Books meetings through the aggregate's own factory, with defaults for everything a test does not care about.</summary>
internal sealed class MeetingBuilder
{
    public static readonly DateTimeOffset Now = new(2025, 3, 3, 8, 0, 0, TimeSpan.Zero);

    private DateTimeOffset _start = Now.AddHours(2);
    private TimeSpan _length = TimeSpan.FromMinutes(30);
    private TimeSpan _buffer = TimeSpan.FromMinutes(10);
    private string _repId = "alice";
    private DateTimeOffset _bookedAt = Now;

    public MeetingBuilder At(DateTimeOffset start, int minutes = 30) { (_start, _length) = (start, TimeSpan.FromMinutes(minutes)); return this; }

    public MeetingBuilder WithBuffer(int minutes) { _buffer = TimeSpan.FromMinutes(minutes); return this; }

    public MeetingBuilder ForRep(string repId) { _repId = repId; return this; }

    public MeetingBuilder BookedAt(DateTimeOffset now) { _bookedAt = now; return this; }

    public Meeting Build() => Meeting.Book(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), _repId, new TimeSlot(_start, _start + _length), _buffer, "Europe/Prague",
        Actor.Visitor, _bookedAt);
}
