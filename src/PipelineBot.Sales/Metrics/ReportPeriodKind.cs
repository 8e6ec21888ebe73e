namespace PipelineBot.Sales.Metrics;

/// <summary>The calendar periods reports cover.</summary>
public enum ReportPeriodKind
{
    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar quarter: January–March, April–June, July–September or October–December.</summary>
    Quarter,

    /// <summary>A calendar year.</summary>
    Year,
}
