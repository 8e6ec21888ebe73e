using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;
using YamlDotNet.RepresentationModel;

namespace PipelineBot.Host.Content.Qualification;

/// <summary>
/// Turns the YAML tree into domain questions plus their wording. It checks the file's shape and wording only; the
/// rules (duplicate ids, bounds on a number question...) stay with the domain, which checks them once this passes.
/// </summary>
internal static class ScriptReader
{
    private static readonly string[] FileKeys = ["locales", "questions"];
    private static readonly string[] QuestionKeys =
        ["id", "field", "dimension", "prompt", "weight", "minimum", "maximum", "negativeBelow", "negativeAnswer", "maxLength", "text", "choices", "valueSynonyms"];
    // Every question needs its label too: the summary and rep cards name each answer by it.
    private static readonly string[] RequiredTexts = ["label", "ask", "retry", "why"];

    // The domain's own default, so leaving maxLength out of the file means what it means in code.
    private static readonly int DefaultMaxLength = new QualificationQuestion { Id = "default" }.MaxLength;

    public static ParsedScript Read(YamlNode root, ProblemLog log)
    {
        if (log.Mapping(root, "the file", FileKeys, FileKeys) is not { } file)
        {
            return new([], []);
        }
        var locales = file.TryGetValue("locales", out var localesNode) ? ReadLocales(localesNode, log) : [];
        var questions = new List<ParsedQuestion>();
        if (file.TryGetValue("questions", out var questionsNode) && log.Sequence(questionsNode, "questions") is { } sequence)
        {
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                if (ReadQuestion(sequence.Children[i], i + 1, locales, log) is { } question)
                {
                    questions.Add(question);
                }
            }
        }
        return new(locales, questions);
    }

    private static List<string> ReadLocales(YamlNode node, ProblemLog log)
    {
        var locales = new List<string>();
        if (log.Sequence(node, "locales") is not { } sequence)
        {
            return locales;
        }
        foreach (var item in sequence.Children)
        {
            if (log.Text(item, "locales") is not { } locale)
            {
                continue;
            }
            if (locales.Contains(locale, StringComparer.OrdinalIgnoreCase))
            {
                log.Add(item, "locales", $"'{locale}' is listed twice");
                continue;
            }
            locales.Add(locale);
        }
        if (!locales.Contains(QualificationContent.ReferenceLocale, StringComparer.OrdinalIgnoreCase))
        {
            log.Add(node, "locales", $"must include '{QualificationContent.ReferenceLocale}', the language every text falls back to");
        }
        return locales;
    }

    private static ParsedQuestion? ReadQuestion(YamlNode node, int number, IReadOnlyList<string> locales, ProblemLog log)
    {
        // The id names the question in every message, including those about its other keys.
        var id = node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("id"), out var idNode)
            ? log.Text(idNode, $"question {number}, id")
            : null;
        var place = id is null ? $"question {number}" : $"question {number} ('{id}')";
        if (log.Mapping(node, place, QuestionKeys, "id", "prompt", "text") is not { } q)
        {
            return null;
        }
        T? Get<T>(string key, Func<YamlNode, string, T?> read)
            where T : struct => q.TryGetValue(key, out var value) ? read(value, $"{place}, {key}") : null;

        var prompt = Get("prompt", (n, p) => log.Enum<PromptType>(n, p, "a prompt type"));
        var choices = q.TryGetValue("choices", out var choicesNode) ? ChoiceReader.Read(choicesNode, $"{place}, choices", locales, log) : [];
        var question = new QualificationQuestion
        {
            Id = id ?? string.Empty,
            Field = Get("field", (n, p) => log.Enum<LeadField>(n, p, "a lead field")) ?? LeadField.None,
            Dimension = Get("dimension", (n, p) => log.Enum<BantDimension>(n, p, "a BANT dimension")),
            PromptType = prompt ?? PromptType.Text,
            Choices = [.. choices.Select(c => c.Rules)],
            ScoreWeight = Get("weight", log.Integer) ?? 0,
            Minimum = Get("minimum", log.Number),
            Maximum = Get("maximum", log.Number),
            NegativeBelow = Get("negativeBelow", log.Number),
            NegativeAnswer = Get("negativeAnswer", log.Flag),
            MaxLength = Get("maxLength", log.Integer) ?? DefaultMaxLength,
        };
        var texts = q.TryGetValue("text", out var textNode) ? ReadTexts(textNode, $"{place}, text", locales, log) : [];
        var values = q.TryGetValue("valueSynonyms", out var valuesNode) ? ReadValueSynonyms(valuesNode, $"{place}, valueSynonyms", question, prompt is null, locales, log) : [];
        return new(question, new QuestionContent(texts, [.. choices.Select(c => c.Content)], values), node);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> ReadTexts(YamlNode node, string place, IReadOnlyList<string> locales, ProblemLog log)
    {
        var texts = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        if (log.Mapping(node, place, allowed: null, RequiredTexts) is not { } purposes)
        {
            return texts;
        }
        foreach (var (purpose, value) in purposes)
        {
            if (LocalizedReader.Texts(value, $"{place}.{purpose}", locales, log) is { } byLocale)
            {
                texts[purpose] = byLocale;
            }
        }
        return texts;
    }

    // Values are checked against the question's own rules so "no budget" can never stand for a number it would refuse.
    private static List<ValueSynonymContent> ReadValueSynonyms(YamlNode node, string place, QualificationQuestion question, bool promptUnknown, IReadOnlyList<string> locales, ProblemLog log)
    {
        var values = new List<ValueSynonymContent>();
        if (promptUnknown)
        {
            return values; // The prompt's own problem is reported; judging values against a guessed type would only add noise.
        }
        if (question.PromptType != PromptType.Number)
        {
            log.Add(node, place, $"value synonyms stand for numbers, but this is a {question.PromptType} question");
            return values;
        }
        if (log.Sequence(node, place) is not { } sequence)
        {
            return values;
        }
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var at = $"{place}[{i + 1}]";
            if (log.Mapping(sequence.Children[i], at, ["value", "synonyms"], "value", "synonyms") is not { } entry
                || !entry.TryGetValue("value", out var valueNode) || log.Text(valueNode, $"{at}.value") is not { } value)
            {
                continue;
            }
            if (question.FindProblem(value) is { } problem)
            {
                log.Add(valueNode, $"{at}.value", $"'{value}' {problem}");
            }
            if (entry.TryGetValue("synonyms", out var synonymsNode) && LocalizedReader.Lists(synonymsNode, $"{at}.synonyms", locales, log) is { } synonyms)
            {
                values.Add(new(value, synonyms));
            }
        }
        return values;
    }
}
