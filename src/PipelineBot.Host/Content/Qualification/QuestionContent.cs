namespace PipelineBot.Host.Content.Qualification;

/// <summary>The wording of one question as read from the file: text per purpose and locale, choices, value synonyms.</summary>
internal sealed record QuestionContent(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Texts,
    IReadOnlyList<ChoiceContent> Choices,
    IReadOnlyList<ValueSynonymContent> ValueSynonyms);

/// <summary>One choice's title and synonyms per locale.</summary>
internal sealed record ChoiceContent(
    string Id,
    IReadOnlyDictionary<string, string> Titles,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Synonyms);

/// <summary>The words per locale that stand for one number.</summary>
internal sealed record ValueSynonymContent(string Value, IReadOnlyDictionary<string, IReadOnlyList<string>> Synonyms);
