using System.ComponentModel.DataAnnotations;

namespace PipelineBot.Sales.Pipeline;

/// <summary>
/// The company's pipeline stages in order, bound from the <c>Pipeline</c> section by the host. Every company's
/// pipeline differs, so names, win probabilities and how long a deal may sit in a stage are configuration.
/// </summary>
public sealed class PipelineOptions : IValidatableObject
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "Pipeline";

    /// <summary>The stages in pipeline order; a new deal opens in the first.</summary>
    public List<PipelineStageOptions> Stages { get; set; } = [];

    /// <summary>
    /// The stage a new deal opens in. A method, not a property: options validation reads every public property, and
    /// this one throws in exactly the case validation is there to report.
    /// </summary>
    /// <exception cref="InvalidOperationException">No stage is configured (validation prevents this at start-up).</exception>
    public PipelineStageOptions FirstStage() =>
        Stages.Count > 0 ? Stages[0] : throw new InvalidOperationException("The pipeline has no stages; configure Pipeline:Stages.");

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Stages.Count == 0)
        {
            yield return new ValidationResult("Pipeline:Stages must list at least one stage.", [nameof(Stages)]);
        }
        for (var i = 0; i < Stages.Count; i++)
        {
            var stage = Stages[i];
            if (string.IsNullOrWhiteSpace(stage.Name))
            {
                yield return new ValidationResult($"Pipeline stage {i + 1} has no name.", [nameof(Stages)]);
            }
            if (stage.WinProbability is < 0m or > 1m)
            {
                yield return new ValidationResult(
                    $"Pipeline stage '{stage.Name}' has win probability {stage.WinProbability}; use a fraction from 0 to 1.", [nameof(Stages)]);
            }
            if (stage.StuckAfter is { } limit && limit <= TimeSpan.Zero)
            {
                yield return new ValidationResult($"Pipeline stage '{stage.Name}' has a StuckAfter of {limit}; it must be positive.", [nameof(Stages)]);
            }
        }
        foreach (var name in Stages.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            yield return new ValidationResult($"Pipeline stage '{name}' is configured twice.", [nameof(Stages)]);
        }
    }
}
