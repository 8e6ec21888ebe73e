namespace PipelineBot.Sales.Pipeline;

/// <summary>One configured pipeline, such as new business or renewals: a name and its stages in order.</summary>
public sealed class PipelineDefinitionOptions
{
    /// <summary>The pipeline's name, stored on each of its deals.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The stages in order; a deal opens in the first, which must be open.</summary>
    public List<PipelineStageOptions> Stages { get; set; } = [];
}
