using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace PipelineBot.Host.Content.Qualification;

/// <summary>
/// Collects every problem of the script file with its line and place instead of stopping at the first, so sales ops
/// fix a broken edit in one round; also reads typed values from YAML nodes, logging what does not fit.
/// </summary>
internal sealed class ProblemLog
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public static string At(YamlNode node) => $"line {node.Start.Line}, column {node.Start.Column}";

    public void Add(YamlNode? node, string place, string problem) =>
        _problems.Add(node is null ? $"{place}: {problem}" : $"{At(node)}: {place}: {problem}");

    /// <summary>The mapping's entries by key; keys outside <paramref name="allowed"/> (when given) are reported, not returned.</summary>
    public Dictionary<string, YamlNode>? Mapping(YamlNode node, string place, IReadOnlyCollection<string>? allowed, params string[] required)
    {
        if (node is not YamlMappingNode mapping)
        {
            Add(node, place, "expected a mapping of keys to values");
            return null;
        }
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (allowed is not null && !allowed.Contains(key))
            {
                Add(keyNode, place, $"unknown key '{key}' (expected one of: {string.Join(", ", allowed)})");
                continue;
            }
            entries[key] = value;
        }
        foreach (var key in required.Where(k => !entries.ContainsKey(k)))
        {
            Add(node, place, $"missing required key '{key}'");
        }
        return entries;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string place)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }
        Add(node, place, "expected a list");
        return null;
    }

    public string? Text(YamlNode node, string place)
    {
        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }
        Add(node, place, "expected a non-empty text");
        return null;
    }

    public decimal? Number(YamlNode node, string place)
    {
        if (Text(node, place) is not { } text)
        {
            return null;
        }
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        Add(node, place, $"'{text}' is not a number");
        return null;
    }

    public int? Integer(YamlNode node, string place)
    {
        if (Text(node, place) is not { } text)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        Add(node, place, $"'{text}' is not a whole number");
        return null;
    }

    // YAML 1.1 readers take yes/no for booleans; accepting both keeps files written either way working.
    public bool? Flag(YamlNode node, string place) => Text(node, place)?.ToUpperInvariant() switch
    {
        null => null,
        "TRUE" or "YES" => true,
        "FALSE" or "NO" => false,
        var other => Fail<bool>(node, place, $"'{other.ToLowerInvariant()}' is not true or false"),
    };

    /// <summary>An enum value written in any case, with or without dashes (<c>workEmail</c>, <c>work-email</c>); numbers are refused.</summary>
    public T? Enum<T>(YamlNode node, string place, string what)
        where T : struct, Enum
    {
        if (Text(node, place) is not { } text)
        {
            return null;
        }
        var name = text.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        if (!name.Any(char.IsDigit) && System.Enum.TryParse<T>(name, ignoreCase: true, out var value) && System.Enum.IsDefined(value))
        {
            return value;
        }
        var names = System.Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]);
        return Fail<T>(node, place, $"'{text}' is not {what} (expected one of: {string.Join(", ", names)})");
    }

    private T? Fail<T>(YamlNode node, string place, string problem)
        where T : struct
    {
        Add(node, place, problem);
        return null;
    }
}
