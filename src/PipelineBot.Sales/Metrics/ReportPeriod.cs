namespace PipelineBot.Sales.Metrics;

/// <summary>
/// A calendar month, quarter or year in the company's time zone, from its first day up to the first day of the next: the
/// days an expected close date is compared with, and the instants a recorded time is.
/// </summary>
public sealed record ReportPeriod
{
    private ReportPeriod(DateOnly start, int months, TimeZoneInfo zone)
    {
        Start = start;
        Months = months;
        Zone = zone;
    }

    /// <summary>The month, quarter or year the day falls in.</summary>
    public static ReportPeriod Containing(ReportPeriodKind kind, DateOnly day, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return kind switch
        {
            ReportPeriodKind.Month => new(new DateOnly(day.Year, day.Month, 1), 1, zone),
            ReportPeriodKind.Quarter => new(new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1), 3, zone),
            ReportPeriodKind.Year => new(new DateOnly(day.Year, 1, 1), 12, zone),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
        };
    }

    /// <summary>The first day.</summary>
    public DateOnly Start { get; }

    /// <summary>The first day after the period.</summary>
    public DateOnly End => Start.AddMonths(Months);

    /// <summary>How many months it spans.</summary>
    public int Months { get; }

    /// <summary>The time zone its days are in.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Midnight at the start of the first day.</summary>
    public DateTimeOffset StartsAt => MidnightOf(Start);

    /// <summary>Midnight at the start of the first day after the period.</summary>
    public DateTimeOffset EndsAt => MidnightOf(End);

    /// <summary>The period of the same length just before this one, e.g. last quarter; reports compare with it.</summary>
    public ReportPeriod Previous() => new(Start.AddMonths(-Months), Months, Zone);

    /// <summary>The period of the same length just after this one, e.g. next month, which a forecast may look ahead to.</summary>
    public ReportPeriod Next() => new(End, Months, Zone);

    /// <summary>True when the day is in the period.</summary>
    public bool Contains(DateOnly day) => day >= Start && day < End;

    /// <summary>True when the instant is in the period.</summary>
    public bool Contains(DateTimeOffset instant) => instant >= StartsAt && instant < EndsAt;

    /// <summary>Renders as <c>2026-04-01..2026-07-01</c>, the end excluded.</summary>
    public override string ToString() => $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";

    private DateTimeOffset MidnightOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        // GetUtcOffset does not throw for a midnight a daylight-saving change skips, as converting it would.
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
