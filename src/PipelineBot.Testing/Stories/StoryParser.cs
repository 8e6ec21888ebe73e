using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PipelineBot.Runtime.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PipelineBot.Testing.Stories;

/// <summary>Reads the YAML described on <see cref="Story"/>; every mistake is reported with its line, since authors need not be developers.</summary>
/// <param name="file">Names the story in error messages.</param>
internal sealed class StoryParser(string file)
{
    private static readonly Dictionary<string, StoryStepKind> StepKinds = new(StringComparer.Ordinal)
    {
        ["joins"] = StoryStepKind.Joins,
        ["user"] = StoryStepKind.User,
        ["event"] = StoryStepKind.Event,
        ["bot"] = StoryStepKind.Bot,
        ["no-reply"] = StoryStepKind.NoReply,
        ["skip-replies"] = StoryStepKind.SkipReplies,
        ["new-conversation"] = StoryStepKind.NewConversation,
    };

    /// <summary>Parses a whole story file.</summary>
    public Story Parse(string yaml)
    {
        var root = Load(yaml);
        var fields = Fields(root, "story", "channel", "locale", "user", "steps", "state");
        var steps = Sequence(Required(fields, "steps", root)).Select((node, i) => Step(node, i + 1)).ToList();
        var state = fields.TryGetValue("state", out var stateNode) ? Sequence(stateNode).Select((node, i) => State(node, i + 1)).ToList() : [];
        return new Story(Scalar(Required(fields, "story", root)), file, Optional(fields, "channel") ?? Channels.Test,
            Optional(fields, "locale"), Optional(fields, "user"), steps, state);
    }

    private YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new FormatException($"{file}: line {ex.Start.Line}: not valid YAML: {ex.Message}", ex);
        }
        return stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode
            ?? throw new FormatException($"{file}: a story starts with \"story: <what it shows>\" followed by \"steps:\".");
    }

    private StoryStep Step(YamlNode node, int number)
    {
        if (node is not YamlMappingNode { Children.Count: 1 } map)
        {
            throw Error(node, $"step {number} must be a single \"keyword: value\", with keyword one of {string.Join(", ", StepKinds.Keys)}.");
        }
        var (keyNode, value) = map.Children.Single();
        var keyword = Scalar(keyNode);
        if (!StepKinds.TryGetValue(keyword, out var kind))
        {
            throw Error(keyNode, $"unknown step \"{keyword}\"; use one of {string.Join(", ", StepKinds.Keys)}.");
        }
        var step = new StoryStep(number, (int)node.Start.Line, keyword, kind);
        return kind switch
        {
            StoryStepKind.User => TextAndValue(step, value, "text"),
            StoryStepKind.Event => TextAndValue(step, value, "name") is { Text: not null } named ? named : throw Error(value, "an event needs a name."),
            StoryStepKind.Bot => step with { Expectation = Expectation(value) },
            _ => Scalar(value).Equals("true", StringComparison.OrdinalIgnoreCase) ? step : throw Error(value, $"write \"{keyword}: true\"."),
        };
    }

    /// <summary>A plain value is the text (or event name); a mapping may add a <c>value</c> payload.</summary>
    private StoryStep TextAndValue(StoryStep step, YamlNode node, string textKey)
    {
        if (node is YamlScalarNode)
        {
            return step with { Text = Scalar(node) };
        }
        var fields = Fields(node, textKey, "value");
        return step with
        {
            Text = Optional(fields, textKey),
            Value = fields.TryGetValue("value", out var value) ? JsonSerializer.SerializeToElement(YamlJson.ToNode(value)) : null,
        };
    }

    private ReplyExpectation Expectation(YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            return ReplyExpectation.ForText(Scalar(node));
        }
        var fields = Fields(node, "text", "contains", "matches", "offers", "card", "any");
        if (fields.Count == 0 || (fields.TryGetValue("any", out var any) && !Scalar(any).Equals("true", StringComparison.OrdinalIgnoreCase)))
        {
            throw Error(node, "say what the reply must look like (text, contains, matches, offers, card), or \"any: true\".");
        }
        var matches = Optional(fields, "matches");
        if (matches is not null && !IsRegex(matches))
        {
            throw Error(fields["matches"], $"\"{matches}\" is not a valid regular expression.");
        }
        return new ReplyExpectation
        {
            Text = Optional(fields, "text"),
            Contains = Optional(fields, "contains"),
            Matches = matches,
            Offers = fields.TryGetValue("offers", out var offers) ? Strings(offers) : null,
            Cards = fields.TryGetValue("card", out var cards) ? Strings(cards) : null,
        };
    }

    private StateExpectation State(YamlNode node, int number)
    {
        var fields = Fields(node, "key", "contains");
        var contains = YamlJson.ToNode(Required(fields, "contains", node)) as JsonObject
            ?? throw Error(fields["contains"], "\"contains\" lists properties, e.g. { VisitorProfile: { name: Ada } }.");
        return new StateExpectation(number, (int)node.Start.Line, Scalar(Required(fields, "key", node)), contains);
    }

    private Dictionary<string, YamlNode> Fields(YamlNode node, params string[] allowed)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(node, $"expected keys here ({string.Join(", ", allowed)}).");
        }
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = Scalar(keyNode);
            fields[key] = allowed.Contains(key) ? value : throw Error(keyNode, $"unknown key \"{key}\"; expected one of {string.Join(", ", allowed)}.");
        }
        return fields;
    }

    private YamlNode Required(Dictionary<string, YamlNode> fields, string key, YamlNode parent) =>
        fields.TryGetValue(key, out var node) ? node : throw Error(parent, $"\"{key}\" is missing.");

    private string? Optional(Dictionary<string, YamlNode> fields, string key) =>
        fields.TryGetValue(key, out var node) ? Scalar(node) : null;

    private List<string> Strings(YamlNode node) => node is YamlSequenceNode ? [.. Sequence(node).Select(Scalar)] : [Scalar(node)];

    private IEnumerable<YamlNode> Sequence(YamlNode node) =>
        node as YamlSequenceNode ?? throw Error(node, "expected a list here (lines starting with \"- \").");

    private string Scalar(YamlNode node) =>
        node is YamlScalarNode scalar ? scalar.Value ?? string.Empty : throw Error(node, "expected a single value here, not a list or mapping.");

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private FormatException Error(YamlNode node, string problem) => new($"{file}: line {node.Start.Line}: {problem}");
}
