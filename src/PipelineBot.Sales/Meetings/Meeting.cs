namespace PipelineBot.Sales.Meetings;

/// <summary>
/// A meeting of a visitor's deal with a rep. Its time is held in UTC together with the buffer the rep keeps after it,
/// which is what stores reserve so no two meetings of a rep overlap. Changes only through verbs (split by concern into
/// partial files), each appended to <see cref="History"/>.
/// </summary>
public sealed partial class Meeting
{
    private readonly List<MeetingChange> _history = [];

    private Meeting(Guid id, Guid dealId, Guid leadId, string repId, TimeSlot time, TimeSpan buffer, string visitorTimeZoneId, DateTimeOffset createdAt)
    {
        Id = id;
        DealId = dealId;
        LeadId = leadId;
        RepId = repId;
        Time = time;
        Buffer = buffer;
        VisitorTimeZoneId = visitorTimeZoneId;
        CreatedAt = createdAt;
        History = _history.AsReadOnly();
    }

    /// <summary>
    /// Meeting times and buffers are whole multiples of this (and so is every real UTC offset), which lets a store
    /// reserve a rep's time in fixed steps and slots line up on every wall clock.
    /// </summary>
    public static TimeSpan Grain { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Books a meeting at a time that has not started yet.</summary>
    /// <param name="id">The new meeting's id.</param>
    /// <param name="dealId">The deal the meeting moves forward.</param>
    /// <param name="leadId">The lead the visitor is.</param>
    /// <param name="repId">The rep whose calendar it goes on.</param>
    /// <param name="time">When; normally one of the rep's free slots the visitor chose.</param>
    /// <param name="buffer">The rep's buffer after meetings, reserved with this one.</param>
    /// <param name="visitorTimeZoneId">The zone the visitor sees times in, for invites and reminders.</param>
    /// <param name="by">Who booked it.</param>
    /// <param name="now">The current time.</param>
    /// <exception cref="SalesDomainException">The time has started or is off the <see cref="Grain"/>.</exception>
    public static Meeting Book(
        Guid id, Guid dealId, Guid leadId, string repId, TimeSlot time, TimeSpan buffer, string visitorTimeZoneId, Actor by, DateTimeOffset now)
    {
        if (id == Guid.Empty || dealId == Guid.Empty || leadId == Guid.Empty)
        {
            throw new ArgumentException("A meeting needs non-empty meeting, deal and lead ids.", nameof(id));
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(repId);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(by);
        if (buffer < TimeSpan.Zero || !OnGrain(buffer.Ticks))
        {
            throw new ArgumentOutOfRangeException(nameof(buffer), buffer, $"A buffer is zero or more whole multiples of {Grain}.");
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(visitorTimeZoneId ?? string.Empty, out _))
        {
            throw new ArgumentException($"'{visitorTimeZoneId}' is not a known time zone.", nameof(visitorTimeZoneId));
        }
        EnsureBookable(id, time, now);
        var meeting = new Meeting(id, dealId, leadId, repId, time, buffer, visitorTimeZoneId!, now);
        meeting.Record(MeetingAction.Booked, from: null, fromTime: null, by, now, reason: null);
        return meeting;
    }

    /// <summary>The meeting's identity.</summary>
    public Guid Id { get; }

    /// <summary>The deal the meeting belongs to.</summary>
    public Guid DealId { get; }

    /// <summary>The lead (visitor) the meeting is with.</summary>
    public Guid LeadId { get; }

    /// <summary>The rep whose calendar holds the meeting.</summary>
    public string RepId { get; }

    /// <summary>When the meeting takes place, in UTC.</summary>
    public TimeSlot Time { get; private set; }

    /// <summary>When the meeting starts, in UTC.</summary>
    public DateTimeOffset Start => Time.Start;

    /// <summary>When the meeting ends, in UTC.</summary>
    public DateTimeOffset End => Time.End;

    /// <summary>The free time the rep keeps after this meeting, fixed when it was booked.</summary>
    public TimeSpan Buffer { get; }

    /// <summary>The rep's time the meeting takes up: from its start to the end of the buffer after it.</summary>
    public TimeSlot HeldTime => new(Start, End + Buffer);

    /// <summary>True while the meeting takes up the rep's time: unless cancelled, even once over, since the past is not bookable.</summary>
    public bool HoldsTime => Status != MeetingStatus.Cancelled;

    /// <summary>The IANA zone the visitor sees the meeting's times in.</summary>
    public string VisitorTimeZoneId { get; }

    /// <summary>Where the meeting stands.</summary>
    public MeetingStatus Status { get; private set; } = MeetingStatus.Booked;

    /// <summary>When the meeting was booked.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The append-only history, oldest first, starting with the booking.</summary>
    public IReadOnlyList<MeetingChange> History { get; }

    /// <summary>The stored version this instance was loaded or last saved at (0 before it is booked in a store).</summary>
    public long Version { get; private set; }

    private static bool OnGrain(long ticks) => ticks % Grain.Ticks == 0;
}
