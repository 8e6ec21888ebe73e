namespace PipelineBot.Sales.Pipeline;

/// <summary>The configured pipelines by name; the first is the default, where new sales-qualified leads' deals open.</summary>
public sealed class PipelineCatalog
{
    /// <summary>Builds the catalogue from validated options.</summary>
    public PipelineCatalog(PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Pipelines = [.. options.Pipelines.Select(p => new SalesPipeline(p))];
        if (Pipelines.Count == 0)
        {
            throw new ArgumentException("Configure at least one pipeline in Pipeline:Pipelines.", nameof(options));
        }
    }

    /// <summary>Every pipeline, the default first.</summary>
    public IReadOnlyList<SalesPipeline> Pipelines { get; }

    /// <summary>The pipeline new deals open in.</summary>
    public SalesPipeline Default => Pipelines[0];

    /// <summary>The pipeline of that name, ignoring case.</summary>
    /// <exception cref="SalesDomainException">No pipeline has that name, e.g. one removed from the configuration.</exception>
    public SalesPipeline Get(string name) =>
        Pipelines.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new SalesDomainException($"There is no pipeline '{name}'; the pipelines are {string.Join(", ", Pipelines.Select(p => p.Name))}.");

    /// <summary>
    /// The configured stage a deal is in; null when its pipeline or stage has since been removed from the
    /// configuration, so reports leave the deal out instead of failing.
    /// </summary>
    public PipelineStage? Find(string pipeline, string stage) =>
        Pipelines.FirstOrDefault(p => string.Equals(p.Name, pipeline, StringComparison.OrdinalIgnoreCase))?.Find(stage);
}
