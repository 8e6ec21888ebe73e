using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.State;

/// <summary>
/// One state document as loaded for a turn. Properties are deserialized on first access and the typed objects kept,
/// so the bot can mutate them in place; saving serializes them back and writes only if the JSON changed.
/// </summary>
internal sealed class CachedBotState(string key, JsonObject document, string? originalJson, string? eTag)
{
    private readonly Dictionary<string, object?> _typed = new(StringComparer.Ordinal);

    public string Key { get; } = key;

    public string? ETag { get; private set; } = eTag;

    public T? Get<T>(string name)
    {
        if (_typed.TryGetValue(name, out var value))
        {
            return (T?)value;
        }
        if (!document.TryGetPropertyValue(name, out var node))
        {
            return default;
        }
        var typed = node.Deserialize<T>(BotJson.Options);
        _typed[name] = typed;
        return typed;
    }

    public bool Has(string name) => _typed.ContainsKey(name) || document.ContainsKey(name);

    public void Set(string name, object? value)
    {
        _typed[name] = value;
        document.Remove(name);
    }

    public void Remove(string name)
    {
        _typed.Remove(name);
        document.Remove(name);
    }

    public void Clear()
    {
        _typed.Clear();
        document.Clear();
    }

    /// <summary>The document to write, or null when nothing changed and a write is not forced.</summary>
    public StoreItem? GetChange(bool force)
    {
        if (originalJson is null && document.Count == 0 && _typed.Count == 0 && !force)
        {
            return null;
        }
        var json = Serialize();
        return string.Equals(json, originalJson, StringComparison.Ordinal) && !force ? null : new StoreItem(json, ETag);
    }

    // Written straight to UTF-8, in the loaded property order, so an untouched document serializes to exactly the
    // text it was read from and the comparison above finds it unchanged without cloning the node tree.
    private string Serialize()
    {
        var buffer = new ArrayBufferWriter<byte>(originalJson?.Length + 64 ?? 256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = BotJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            foreach (var (name, node) in document)
            {
                writer.WritePropertyName(name);
                if (_typed.TryGetValue(name, out var value))
                {
                    WriteValue(writer, value);
                }
                else if (node is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    node.WriteTo(writer, BotJson.Options);
                }
            }
            foreach (var (name, value) in _typed.Where(t => !document.ContainsKey(t.Key)))
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(writer, value, value.GetType(), BotJson.Options);
        }
    }

    public void MarkSaved(StoreItem written, string newETag)
    {
        originalJson = written.Json;
        ETag = newETag;
    }
}
