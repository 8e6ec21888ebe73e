namespace PipelineBot.Host.Content.Qualification;

/// <summary>
/// Words that stand for a number in one language, e.g. "no budget" for 0, so a number question can take the phrase
/// and still leave judging it (0 is below the budget threshold) to the domain's rules.
/// </summary>
/// <param name="Value">The normalised number the words stand for, e.g. <c>0</c>.</param>
/// <param name="Synonyms">The words in the language.</param>
public sealed record ValueSynonym(string Value, IReadOnlyList<string> Synonyms);
