namespace PipelineBot.Host.Reps.Commands;

/// <summary>What the recogniser matches a message against, supplied by the caller for the person asking.</summary>
/// <param name="DealNames">The deal or company names the asker may refer to (only the deals in their scope).</param>
/// <param name="StageNames">The configured pipeline stage names.</param>
/// <param name="Now">The asker's local wall-clock time, for dates such as "by Friday".</param>
/// <param name="Locale">The activity's locale; its language's phrases win a tie. Phrases of every language are understood.</param>
public sealed record RepCommandContext(IReadOnlyList<string> DealNames, IReadOnlyList<string> StageNames, DateTime Now, string? Locale = null);
