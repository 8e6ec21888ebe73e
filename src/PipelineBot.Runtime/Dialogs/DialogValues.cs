using System.Text.Json;
using System.Text.Json.Nodes;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Dialogs;

/// <summary>Typed values a dialog keeps across turns, stored as JSON inside its <see cref="DialogInstance"/>.</summary>
public sealed class DialogValues(JsonObject node)
{
    /// <summary>The value under <paramref name="key"/> as <typeparamref name="T"/>, or default when absent.</summary>
    public T? Get<T>(string key) => node.TryGetPropertyValue(key, out var value) && value is not null
        ? value.Deserialize<T>(BotJson.Options)
        : default;

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>.</summary>
    public void Set<T>(string key, T value) => node[key] = JsonSerializer.SerializeToNode(value, BotJson.Options);

    /// <summary>True when a value is stored under <paramref name="key"/>.</summary>
    public bool ContainsKey(string key) => node.ContainsKey(key);

    /// <summary>Removes the value under <paramref name="key"/>.</summary>
    public void Remove(string key) => node.Remove(key);
}
