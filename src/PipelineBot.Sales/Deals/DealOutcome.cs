namespace PipelineBot.Sales.Deals;

/// <summary>Whether a deal is still being worked, and how it ended; also what entering a pipeline stage means for a deal.</summary>
public enum DealOutcome
{
    /// <summary>Still in play: counted in the pipeline, the forecast and the stuck checks.</summary>
    Open,

    /// <summary>Won: the lead became a customer.</summary>
    Won,

    /// <summary>Lost; the reason is on the deal.</summary>
    Lost,
}
