using System.Text.Json;
using System.Text.Json.Serialization;

namespace PipelineBot.Runtime.Schema;

/// <summary>A metadata object on an activity (mention, clientInfo, ...); its fields stay as JSON.</summary>
public class Entity
{
    /// <summary>Creates an entity of the given type.</summary>
    public Entity(string? type = null) => Type = type;

    /// <summary>The entity type, e.g. <c>mention</c> or <c>clientInfo</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Every other field of the entity.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Reads a top-level string field, or null when absent or not a string.</summary>
    public string? GetString(string name) =>
        Properties is not null && Properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>Reads a top-level field as <typeparamref name="T"/>, or default when absent.</summary>
    public T? GetProperty<T>(string name) =>
        Properties is not null && Properties.TryGetValue(name, out var value)
            ? value.Deserialize<T>(BotJson.Options)
            : default;
}
