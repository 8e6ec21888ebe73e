namespace PipelineBot.Host.Reps.Commands;

/// <summary>The calendar period a forecast or a target is about.</summary>
public enum ReportingPeriod
{
    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar quarter.</summary>
    Quarter,

    /// <summary>A calendar year.</summary>
    Year,
}
