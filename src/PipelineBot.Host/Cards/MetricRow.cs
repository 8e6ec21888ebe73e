using PipelineBot.Host.Reps.Commands;

namespace PipelineBot.Host.Cards;

/// <summary>One sales metric in words, as the metrics card lists it.</summary>
/// <param name="Metric">The metric a rep can ask for by name, or null for one only the whole card shows.</param>
/// <param name="Label">Its name.</param>
/// <param name="Current">This period's figure.</param>
/// <param name="Previous">The previous period's.</param>
/// <param name="Change">How it changed: points for a rate, a percentage for money, a difference for days and counts.</param>
public sealed record MetricRow(PipelineMetric? Metric, string Label, string Current, string Previous, string Change);
