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
        var merged = new JsonObject();
        foreach (var (name, node) in document)
        {
            merged[name] = node?.DeepClone();
        }
        foreach (var (name, value) in _typed)
        {
            merged[name] = value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), BotJson.Options);
        }
        var json = merged.ToJsonString(BotJson.Options);
        var unchanged = originalJson is null ? merged.Count == 0 : string.Equals(json, originalJson, StringComparison.Ordinal);
        return unchanged && !force ? null : new StoreItem(json, ETag);
    }

    public void MarkSaved(StoreItem written, string newETag)
    {
        originalJson = written.Json;
        ETag = newETag;
    }
}
