using PipelineBot.Sales;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Storage.Tests.Meetings;

/// <summary>Meetings booked through the aggregate's own factory, half-hour long with a ten-minute buffer unless told otherwise.</summary>
internal static class TestMeetings
{
    public static readonly DateTimeOffset Now = new(2025, 3, 3, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Ten o'clock on the day after <see cref="Now"/>.</summary>
    public static readonly DateTimeOffset Ten = Now.AddDays(1).AddHours(2);

    public static readonly TimeSpan Length = TimeSpan.FromMinutes(30);

    public static readonly TimeSpan Buffer = TimeSpan.FromMinutes(10);

    public static Meeting Book(DateTimeOffset start, string repId = "alice") =>
        Meeting.Book(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), repId, new TimeSlot(start, start + Length), Buffer, "Pacific/Pago_Pago", Actor.Visitor, Now);

    /// <summary>Slots a rep can hold all at once: one meeting plus buffer apart.</summary>
    public static TimeSlot Slot(int index)
    {
        var start = Ten + ((Length + Buffer) * index);
        return new TimeSlot(start, start + Length);
    }

    /// <summary>True when no two of the meetings that hold time overlap, buffers included.</summary>
    public static bool NoneOverlap(IReadOnlyList<Meeting> meetings)
    {
        var held = meetings.Where(m => m.HoldsTime).Select(m => m.HeldTime).ToList();
        return held.SelectMany((a, i) => held.Skip(i + 1), (a, b) => !a.Overlaps(b)).All(disjoint => disjoint);
    }
}
