using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PipelineBot.Testing.Stories;

/// <summary>Compares an expected JSON fragment with a stored document, where objects may hold more than the fragment names.</summary>
internal static class JsonSubset
{
    /// <summary>
    /// Null when every property of <paramref name="expected"/> exists in <paramref name="actual"/> with an equal value
    /// (objects recursively as subsets, arrays exactly); otherwise the first difference, e.g. <c>VisitorProfile.name: expected "Ada", found "Bob"</c>.
    /// </summary>
    public static string? FindMismatch(JsonNode? expected, JsonNode? actual, string path = "")
    {
        if (expected is not JsonObject wanted)
        {
            return AreEqual(expected, actual) ? null : $"{Name(path)}: expected {Show(expected)}, found {Show(actual)}";
        }
        if (actual is not JsonObject found)
        {
            return $"{Name(path)}: expected an object, found {Show(actual)}";
        }
        foreach (var (key, value) in wanted)
        {
            var child = path.Length == 0 ? key : $"{path}.{key}";
            var mismatch = found.TryGetPropertyValue(key, out var foundValue)
                ? FindMismatch(value, foundValue, child)
                : $"{child}: missing";
            if (mismatch is not null)
            {
                return mismatch;
            }
        }
        return null;
    }

    private static bool AreEqual(JsonNode? x, JsonNode? y) => (x, y) switch
    {
        (null, null) => true,
        (JsonObject a, JsonObject b) => a.Count == b.Count && a.All(p => b.TryGetPropertyValue(p.Key, out var v) && AreEqual(p.Value, v)),
        (JsonArray a, JsonArray b) => a.Count == b.Count && a.Zip(b).All(p => AreEqual(p.First, p.Second)),
        (JsonValue a, JsonValue b) => a.GetValueKind() == b.GetValueKind() && a.GetValueKind() switch
        {
            JsonValueKind.Number => NumbersEqual(a.ToJsonString(), b.ToJsonString()),
            JsonValueKind.String => a.GetValue<string>() == b.GetValue<string>(),
            _ => true, // true, false and null: the kind is the value
        },
        _ => false,
    };

    // By value, so 1 in a story equals 1.0 in storage; text that decimal cannot hold (1e400) is compared as written.
    private static bool NumbersEqual(string a, string b) =>
        decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
        && decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
            ? x == y
            : a == b;

    private static string Name(string path) => path.Length == 0 ? "the document" : path;

    private static string Show(JsonNode? node) => node is null ? "null" : node.ToJsonString();
}
