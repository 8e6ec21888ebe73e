using PipelineBot.Sales.Deals;

namespace PipelineBot.Sales.Pipeline;

/// <summary>One configured pipeline stage.</summary>
public sealed class PipelineStageOptions
{
    /// <summary>The stage's name as reps say it, e.g. "Proposal".</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The chance a deal in this stage is won, from 0 to 1; forecasts weight deal values by it.</summary>
    public decimal WinProbability { get; set; }

    /// <summary>How long a deal may sit in this stage before it counts as stuck; null for stages where deals may rest (closed ones).</summary>
    public TimeSpan? StuckAfter { get; set; }

    /// <summary>
    /// <see cref="DealOutcome.Open"/> for a stage deals pass through; <see cref="DealOutcome.Won"/> or
    /// <see cref="DealOutcome.Lost"/> for one that closes the deal, such as "Closed Won" or "Retention".
    /// </summary>
    public DealOutcome Outcome { get; set; }
}
