using PipelineBot.Sales.Qualification;
using YamlDotNet.RepresentationModel;

namespace PipelineBot.Host.Content.Qualification;

/// <summary>
/// Reads a question's choices: the scoring side for the domain, titles and synonyms per language for the dialog.
/// A phrase shared by two choices is refused, since the visitor typing it could not be understood.
/// </summary>
internal static class ChoiceReader
{
    private static readonly string[] ChoiceKeys = ["id", "weight", "negative", "unknown", "title", "synonyms"];

    public static List<(QualificationChoice Rules, ChoiceContent Content)> Read(YamlNode node, string place, IReadOnlyList<string> locales, ProblemLog log)
    {
        var choices = new List<(QualificationChoice, ChoiceContent)>();
        if (log.Sequence(node, place) is not { } sequence)
        {
            return choices;
        }
        var owners = new Dictionary<(string Locale, string Phrase), string>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            var at = $"{place}[{i + 1}]";
            if (log.Mapping(item, at, ChoiceKeys, "id", "title") is not { } c)
            {
                continue;
            }
            var id = c.TryGetValue("id", out var idNode) ? log.Text(idNode, $"{at}.id") : null;
            at = id is null ? at : $"{at} ('{id}')";
            bool? Flag(string key) => c.TryGetValue(key, out var value) ? log.Flag(value, $"{at}.{key}") : null;
            var rules = new QualificationChoice
            {
                Id = id ?? string.Empty,
                ScoreWeight = c.TryGetValue("weight", out var weight) ? log.Integer(weight, $"{at}.weight") ?? 0 : 0,
                CountsAsNegative = Flag("negative") ?? false,
                CountsAsUnknown = Flag("unknown") ?? false,
            };
            var titles = c.TryGetValue("title", out var titleNode) ? LocalizedReader.Texts(titleNode, $"{at}.title", locales, log) : null;
            var synonyms = c.TryGetValue("synonyms", out var synonymsNode) ? LocalizedReader.Lists(synonymsNode, $"{at}.synonyms", locales, log) : null;
            var content = new ChoiceContent(rules.Id, titles ?? [], synonyms ?? []);
            CheckPhrasesAreUnique(content, item, at, owners, log);
            choices.Add((rules, content));
        }
        return choices;
    }

    private static void CheckPhrasesAreUnique(ChoiceContent choice, YamlNode node, string place, Dictionary<(string, string), string> owners, ProblemLog log)
    {
        var phrases = choice.Titles.Select(t => (Locale: t.Key, Phrase: t.Value))
            .Concat(choice.Synonyms.SelectMany(s => s.Value.Select(p => (Locale: s.Key, Phrase: p))));
        foreach (var (locale, phrase) in phrases)
        {
            var key = (locale.ToUpperInvariant(), phrase.ToUpperInvariant());
            if (owners.TryGetValue(key, out var owner) && owner != choice.Id)
            {
                log.Add(node, place, $"'{phrase}' ({locale}) also names the choice '{owner}'; a visitor typing it could mean either");
            }
            owners.TryAdd(key, choice.Id);
        }
    }
}
