namespace PipelineBot.Sales.Metrics;

/// <summary>The time now and the calendar day it is in the company's time zone, which reports and due dates are in.</summary>
public sealed class CompanyClock(TimeProvider time, TimeZoneInfo zone)
{
    /// <summary>Reads the clock.</summary>
    public DateTimeOffset Now() => time.GetUtcNow();

    /// <summary>The company's calendar day at the instant.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The month or quarter the instant falls in.</summary>
    public ReportPeriod PeriodOf(ReportPeriodKind kind, DateTimeOffset instant) => ReportPeriod.Containing(kind, DateOf(instant), zone);
}
