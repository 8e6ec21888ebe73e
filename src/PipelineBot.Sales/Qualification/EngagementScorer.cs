namespace PipelineBot.Sales.Qualification;

/// <summary>
/// Scores engagement from the number of interactions, capped so a chatty visitor cannot talk their way into SQL.
/// </summary>
public sealed class EngagementScorer(ScoringOptions options)
{
    /// <summary>Points for the interactions so far: a fixed amount each, up to the cap.</summary>
    public int Score(int interactions) =>
        (int)Math.Min((long)Math.Max(interactions, 0) * options.PointsPerInteraction, options.MaxEngagementPoints);
}
