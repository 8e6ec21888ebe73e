namespace PipelineBot.Host.Reps.Commands;

/// <summary>Which pipeline metric was asked for.</summary>
public enum PipelineMetric
{
    /// <summary>"Metrics", "stats": all of them.</summary>
    All,

    /// <summary>Pipeline velocity: open deals × win rate × average deal size ÷ sales cycle length.</summary>
    Velocity,

    /// <summary>The share of closed deals that were won.</summary>
    WinRate,

    /// <summary>The average value of a won deal.</summary>
    AverageDealSize,

    /// <summary>How long a deal takes from opening to closing.</summary>
    SalesCycle,
}
