using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PipelineBot.Testing.Stories;

/// <summary>
/// Turns YAML into JSON by the YAML 1.2 core schema: unquoted true/false, null and numbers become JSON
/// literals, everything else (including <c>Yes</c>, <c>No</c> and anything quoted) stays a string.
/// </summary>
internal static partial class YamlJson
{
    /// <summary>The JSON equivalent of <paramref name="node"/>.</summary>
    public static JsonNode? ToNode(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(KeyOf(p.Key), ToNode(p.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToNode)]),
        YamlScalarNode scalar => ToValue(scalar),
        _ => throw new FormatException($"line {node.Start.Line}: this kind of YAML node cannot be turned into JSON."),
    };

    private static string KeyOf(YamlNode key) => key is YamlScalarNode { Value: { } name }
        ? name
        : throw new FormatException($"line {key.Start.Line}: keys must be plain names.");

    private static JsonNode? ToValue(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return JsonValue.Create(text);
        }
        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            // Parsing keeps the number's own text (1.50 stays 1.50) for messages and exact comparison.
            _ when JsonNumber().IsMatch(text) => JsonNode.Parse(text),
            _ => JsonValue.Create(text),
        };
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumber();
}
