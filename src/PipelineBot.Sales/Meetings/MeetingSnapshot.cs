namespace PipelineBot.Sales.Meetings;

/// <summary>A meeting's full state as plain data, for stores to map without reaching into the aggregate.</summary>
public sealed record MeetingSnapshot
{
    /// <summary>See <see cref="Meeting.Id"/>.</summary>
    public required Guid Id { get; init; }

    /// <summary>See <see cref="Meeting.DealId"/>.</summary>
    public required Guid DealId { get; init; }

    /// <summary>See <see cref="Meeting.LeadId"/>.</summary>
    public required Guid LeadId { get; init; }

    /// <summary>See <see cref="Meeting.RepId"/>.</summary>
    public required string RepId { get; init; }

    /// <summary>See <see cref="Meeting.Time"/>.</summary>
    public required TimeSlot Time { get; init; }

    /// <summary>See <see cref="Meeting.Buffer"/>.</summary>
    public required TimeSpan Buffer { get; init; }

    /// <summary>See <see cref="Meeting.VisitorTimeZoneId"/>.</summary>
    public required string VisitorTimeZoneId { get; init; }

    /// <summary>See <see cref="Meeting.Status"/>.</summary>
    public required MeetingStatus Status { get; init; }

    /// <summary>See <see cref="Meeting.CreatedAt"/>.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>See <see cref="Meeting.History"/>; entries numbered 1..n in order, the first the booking.</summary>
    public IReadOnlyList<MeetingChange> History { get; init; } = [];

    /// <summary>See <see cref="Meeting.Version"/>.</summary>
    public long Version { get; init; }

    /// <summary>See <see cref="Meeting.HoldsTime"/>.</summary>
    public bool HoldsTime => Status != MeetingStatus.Cancelled;

    /// <summary>See <see cref="Meeting.HeldTime"/>.</summary>
    public TimeSlot HeldTime => new(Time.Start, Time.End + Buffer);
}
