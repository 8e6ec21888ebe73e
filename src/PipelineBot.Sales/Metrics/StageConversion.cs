namespace PipelineBot.Sales.Metrics;

/// <summary>How many closed deals reached an open stage, and how many of them went past it (to a later open stage, or won).</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Reached">Deals that reached it or a later stage, or were won.</param>
/// <param name="Advanced">Deals that reached a later open stage or were won.</param>
public sealed record StageConversion(string Stage, int Reached, int Advanced)
{
    /// <summary>Advanced ÷ reached; null when no deal reached the stage.</summary>
    public decimal? Rate => Reached == 0 ? null : (decimal)Advanced / Reached;
}
