namespace PipelineBot.Sales.Pipeline;

/// <summary>Which limit a stuck deal has exceeded.</summary>
public enum StuckBasis
{
    /// <summary>The stage's configured <see cref="PipelineStage.StuckAfter"/>.</summary>
    ConfiguredLimit,

    /// <summary>A multiple of the median time deals recently spent in the stage.</summary>
    MedianDwell,
}
