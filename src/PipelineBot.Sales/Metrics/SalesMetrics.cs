namespace PipelineBot.Sales.Metrics;

/// <summary>
/// A period's sales metrics for one pipeline, for one rep or the team. Figures that would divide by zero are null.
/// The formulas are in the README ("Sales metrics") and <see cref="SalesMetricsCalculator"/>.
/// </summary>
public sealed record SalesMetrics
{
    /// <summary>The period measured.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>The pipeline whose deals were measured.</summary>
    public required string Pipeline { get; init; }

    /// <summary>The currency of the money figures.</summary>
    public required string Currency { get; init; }

    /// <summary>Leads created in the period.</summary>
    public int Leads { get; init; }

    /// <summary>Of those, how many have reached MQL by now.</summary>
    public int Mqls { get; init; }

    /// <summary>Of those, how many have reached SQL by now.</summary>
    public int Sqls { get; init; }

    /// <summary>Of those, how many have a won deal by now.</summary>
    public int Customers { get; init; }

    /// <summary>SQLs ÷ MQLs.</summary>
    public decimal? MqlToSqlRate => Mqls == 0 ? null : (decimal)Sqls / Mqls;

    /// <summary>Customers ÷ SQLs.</summary>
    public decimal? SqlToCustomerRate => Sqls == 0 ? null : (decimal)Customers / Sqls;

    /// <summary>Deals won in the period.</summary>
    public int Won { get; init; }

    /// <summary>Deals lost in the period.</summary>
    public int Lost { get; init; }

    /// <summary>Won ÷ (won + lost).</summary>
    public decimal? CloseRatio => Won + Lost == 0 ? null : (decimal)Won / (Won + Lost);

    /// <summary>The mean value of the deals won in the period that are valued in the currency.</summary>
    public decimal? AverageDealSize { get; init; }

    /// <summary>The mean days from opening to winning, over the deals won in the period.</summary>
    public decimal? SalesCycleDays { get; init; }

    /// <summary>The mean days from opening to closing, won or lost, over the deals closed in the period.</summary>
    public decimal? AverageDealLifetimeDays { get; init; }

    /// <summary>Per open stage, over the deals closed in the period: how many reached it and went past it.</summary>
    public IReadOnlyList<StageConversion> StageConversions { get; init; } = [];

    /// <summary>Deals in an open stage at the period's end, or now if it has not ended.</summary>
    public int OpenOpportunities { get; init; }

    /// <summary>
    /// Money the pipeline brings per day: open opportunities × close ratio × average deal size ÷ sales cycle days.
    /// </summary>
    public decimal? PipelineVelocity =>
        CloseRatio is { } ratio && AverageDealSize is { } size && SalesCycleDays is { } days && days > 0m
            ? OpenOpportunities * ratio * size / days
            : null;
}
