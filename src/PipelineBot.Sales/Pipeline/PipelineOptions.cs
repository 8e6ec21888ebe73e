using System.ComponentModel.DataAnnotations;
using PipelineBot.Sales.Deals;

namespace PipelineBot.Sales.Pipeline;

/// <summary>
/// The company's pipelines and how the pipeline assistant judges them, bound from the <c>Pipeline</c> section by the
/// host. Every company's pipeline differs, so stage names, win probabilities, how long a deal may sit in a stage and
/// how many pipelines there are (new business, renewals…) are configuration.
/// </summary>
public sealed class PipelineOptions : IValidatableObject
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "Pipeline";

    /// <summary>The pipelines; the first is the default, where the deal of a new sales-qualified lead opens.</summary>
    public List<PipelineDefinitionOptions> Pipelines { get; set; } = [];

    /// <summary>
    /// The ISO 4217 code reports are in. The bot knows no exchange rates, so deals valued in another currency are
    /// counted but their value is left out of sums and averages.
    /// </summary>
    public string Currency { get; set; } = "EUR";

    /// <summary>The company's IANA time zone: what "today", "this month" and "this quarter" mean in reports.</summary>
    public string TimeZone { get; set; } = "Europe/Prague";

    /// <summary>The median-based part of the stuck rule.</summary>
    public StuckDealOptions Stuck { get; set; } = new();

    /// <summary>How long an open deal may go without anything recorded on it before it counts as gone silent.</summary>
    public TimeSpan SilentAfter { get; set; } = TimeSpan.FromDays(14);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Pipelines.Count == 0)
        {
            yield return Problem("Pipeline:Pipelines must list at least one pipeline.", nameof(Pipelines));
        }
        for (var i = 0; i < Pipelines.Count; i++)
        {
            foreach (var problem in ValidatePipeline(Pipelines[i], i))
            {
                yield return Problem(problem, nameof(Pipelines));
            }
        }
        foreach (var name in Duplicates(Pipelines.Select(p => p.Name)))
        {
            yield return Problem($"Pipeline '{name}' is configured twice.", nameof(Pipelines));
        }
        if (Currency.Length != 3 || !Currency.All(char.IsAsciiLetterUpper))
        {
            yield return Problem($"Pipeline:Currency '{Currency}' is not an ISO 4217 code such as 'EUR'.", nameof(Currency));
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return Problem($"Pipeline:TimeZone '{TimeZone}' is not a time zone this machine knows; use an IANA id such as 'Europe/Prague'.", nameof(TimeZone));
        }
        if (Stuck.MedianMultiple <= 0m)
        {
            yield return Problem($"Pipeline:Stuck:MedianMultiple is {Stuck.MedianMultiple}; it must be positive.", nameof(Stuck));
        }
        if (Stuck.MinimumDwells < 1 || Stuck.RecentDwells < Stuck.MinimumDwells)
        {
            yield return Problem(
                $"Pipeline:Stuck:MinimumDwells ({Stuck.MinimumDwells}) must be at least 1 and no more than RecentDwells ({Stuck.RecentDwells}).", nameof(Stuck));
        }
        if (SilentAfter <= TimeSpan.Zero)
        {
            yield return Problem($"Pipeline:SilentAfter is {SilentAfter}; it must be positive.", nameof(SilentAfter));
        }
    }

    private static IEnumerable<string> ValidatePipeline(PipelineDefinitionOptions pipeline, int index)
    {
        if (string.IsNullOrWhiteSpace(pipeline.Name))
        {
            yield return $"Pipeline {index + 1} has no name.";
        }
        var name = pipeline.Name;
        if (pipeline.Name.Any(char.IsControl) || pipeline.Stages.Exists(s => s.Name.Any(char.IsControl)))
        {
            // Stores join names with control characters to build their index keys.
            yield return $"Pipeline '{name}' has a pipeline or stage name with a control character; use printable names.";
        }
        if (pipeline.Stages.Count == 0)
        {
            yield return $"Pipeline '{name}' lists no stages.";
            yield break;
        }
        for (var i = 0; i < pipeline.Stages.Count; i++)
        {
            var stage = pipeline.Stages[i];
            if (string.IsNullOrWhiteSpace(stage.Name))
            {
                yield return $"Pipeline '{name}' stage {i + 1} has no name.";
            }
            if (stage.WinProbability is < 0m or > 1m)
            {
                yield return $"Pipeline '{name}' stage '{stage.Name}' has win probability {stage.WinProbability}; use a fraction from 0 to 1.";
            }
            if (stage.StuckAfter is { } limit && limit <= TimeSpan.Zero)
            {
                yield return $"Pipeline '{name}' stage '{stage.Name}' has a StuckAfter of {limit}; it must be positive.";
            }
            if (stage.StuckAfter is not null && stage.Outcome != DealOutcome.Open)
            {
                yield return $"Pipeline '{name}' stage '{stage.Name}' closes deals ({stage.Outcome}) but has a StuckAfter; a closed deal is never stuck.";
            }
        }
        foreach (var stage in Duplicates(pipeline.Stages.Select(s => s.Name)))
        {
            yield return $"Pipeline '{name}' stage '{stage}' is configured twice.";
        }
        if (pipeline.Stages[0].Outcome != DealOutcome.Open)
        {
            yield return $"Pipeline '{name}' starts with the closed stage '{pipeline.Stages[0].Name}'; a deal must open in an open stage.";
        }
        foreach (var outcome in (DealOutcome[])[DealOutcome.Won, DealOutcome.Lost])
        {
            if (!pipeline.Stages.Exists(s => s.Outcome == outcome))
            {
                yield return $"Pipeline '{name}' has no stage with Outcome {outcome}, so its deals could never be {outcome.ToString().ToLowerInvariant()}.";
            }
        }
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> names) =>
        names.Where(n => !string.IsNullOrWhiteSpace(n)).GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);

    private static ValidationResult Problem(string message, string member) => new(message, [member]);
}
