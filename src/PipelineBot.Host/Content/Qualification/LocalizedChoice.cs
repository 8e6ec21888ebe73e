namespace PipelineBot.Host.Content.Qualification;

/// <summary>A choice as shown and recognised in one language; <paramref name="Id"/> is the value the domain stores.</summary>
/// <param name="Id">The choice id, the answer's normalised value.</param>
/// <param name="Title">The button text in the language.</param>
/// <param name="Synonyms">Other words the visitor may type for it in the language; the title itself is not repeated.</param>
public sealed record LocalizedChoice(string Id, string Title, IReadOnlyList<string> Synonyms);
