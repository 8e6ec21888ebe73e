namespace PipelineBot.Sales.Leads;

/// <summary>
/// The points a lead earned when it was last scored, kept by part so the rep card can explain the total and so the
/// parts survive erasure for metrics.
/// </summary>
/// <param name="Fit">Points from the ideal customer profile (industry, size, seniority, region).</param>
/// <param name="Engagement">Points from interactions so far, capped.</param>
/// <param name="Answers">Points from the weights of the answers given.</param>
/// <param name="Total">The weighted total that is compared with the MQL and SQL thresholds.</param>
public sealed record LeadScore(int Fit, int Engagement, int Answers, int Total)
{
    /// <summary>The score of a lead that has not been scored yet.</summary>
    public static LeadScore Zero { get; } = new(0, 0, 0, 0);
}
