namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>An option offered to the user, with other ways the user might name it.</summary>
/// <param name="Value">The title shown on the button and returned when the choice is picked.</param>
/// <param name="Synonyms">Extra phrases that also select this choice ("Q1" for "This quarter").</param>
public sealed record Choice(string Value, IReadOnlyList<string>? Synonyms = null);
