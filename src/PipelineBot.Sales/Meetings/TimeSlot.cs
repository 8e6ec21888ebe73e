namespace PipelineBot.Sales.Meetings;

/// <summary>
/// A span of time as instants in UTC, start inclusive and end exclusive, so back-to-back slots do not overlap.
/// Shown to a visitor it is converted to their time zone; stored and compared it never depends on one.
/// </summary>
public sealed record TimeSlot
{
    /// <summary>Creates the slot, normalising both ends to UTC.</summary>
    /// <exception cref="ArgumentException">The end is not after the start.</exception>
    public TimeSlot(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"A time slot must end after it starts; got {start:O} to {end:O}.", nameof(end));
        }
        Start = start.ToUniversalTime();
        End = end.ToUniversalTime();
    }

    /// <summary>The first instant of the slot, in UTC.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The instant right after the slot, in UTC.</summary>
    public DateTimeOffset End { get; }

    /// <summary>How long the slot lasts.</summary>
    public TimeSpan Length => End - Start;

    /// <summary>True when the two slots share at least one instant; touching ends do not count.</summary>
    public bool Overlaps(TimeSlot other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start < other.End && other.Start < End;
    }

    /// <summary>Renders as an ISO 8601 interval in UTC, for logs and messages.</summary>
    public override string ToString() => $"{Start:yyyy-MM-ddTHH:mmZ}/{End:yyyy-MM-ddTHH:mmZ}";
}
