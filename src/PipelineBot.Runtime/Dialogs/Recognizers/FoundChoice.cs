namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>The choice a reply selected and how confidently.</summary>
/// <param name="Value">The selected choice's <see cref="Choice.Value"/>.</param>
/// <param name="Index">Zero-based position of the choice in the list the caller offered.</param>
/// <param name="Score">1.0 for an exact or by-number pick; below 1 for a partial or misspelled match.</param>
/// <param name="Synonym">The title or synonym that matched, or null when the user picked by number or ordinal.</param>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym);
