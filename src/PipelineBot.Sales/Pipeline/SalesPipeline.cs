using PipelineBot.Sales.Deals;

namespace PipelineBot.Sales.Pipeline;

/// <summary>One pipeline (new business, renewals…): its stages in order, which a deal's stage moves are checked against.</summary>
public sealed class SalesPipeline
{
    /// <summary>Builds the pipeline from validated options.</summary>
    public SalesPipeline(PipelineDefinitionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Name = options.Name;
        Stages = [.. options.Stages.Select((s, i) => new PipelineStage(options.Name, s.Name, i, s.WinProbability, s.StuckAfter, s.Outcome))];
        if (Stages.Count == 0 || !Stages[0].IsOpen)
        {
            throw new ArgumentException($"Pipeline '{Name}' must start with an open stage.", nameof(options));
        }
    }

    /// <summary>The pipeline's name, as deals store it.</summary>
    public string Name { get; }

    /// <summary>The stages in order.</summary>
    public IReadOnlyList<PipelineStage> Stages { get; }

    /// <summary>Where a new deal opens.</summary>
    public PipelineStage FirstStage => Stages[0];

    /// <summary>The stages deals pass through, in order.</summary>
    public IEnumerable<PipelineStage> OpenStages => Stages.Where(s => s.IsOpen);

    /// <summary>The stage of that name, ignoring case; null when the pipeline has none.</summary>
    public PipelineStage? Find(string stageName) =>
        Stages.FirstOrDefault(s => string.Equals(s.Name, stageName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The stage of that name, ignoring case.</summary>
    /// <exception cref="SalesDomainException">The pipeline has no such stage; the message lists those it has.</exception>
    public PipelineStage Get(string stageName) =>
        Find(stageName) ?? throw new SalesDomainException(
            $"Pipeline '{Name}' has no stage '{stageName}'; its stages are {string.Join(", ", Stages.Select(s => s.Name))}.");

    /// <summary>
    /// The open stage after the named one, where "advance" takes a deal; null after the last open stage, from a closed
    /// stage (which only a named stage reopens) or from a stage the pipeline does not have.
    /// </summary>
    public PipelineStage? NextOpenStage(string stageName) =>
        Find(stageName) is { IsOpen: true } current ? OpenStages.FirstOrDefault(s => s.Position > current.Position) : null;

    /// <summary>The first stage that closes a deal with the outcome, where winning or losing puts it.</summary>
    public PipelineStage FirstClosing(DealOutcome outcome) =>
        Stages.FirstOrDefault(s => s.Outcome == outcome && outcome != DealOutcome.Open)
        ?? throw new SalesDomainException($"Pipeline '{Name}' has no stage that closes a deal as {outcome}.");
}
