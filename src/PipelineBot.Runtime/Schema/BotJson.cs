using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PipelineBot.Runtime.Schema;

/// <summary>
/// The serializer settings of the wire format: camelCase, nulls omitted, unknown fields kept. Activities and the
/// other schema types also omit empty strings and empty arrays, as the protocol asks of senders.
/// </summary>
public static class BotJson
{
    /// <summary>Options for activities and everything stored as bot state.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Replies carry user-visible text in many languages; escaping every non-ASCII letter would bloat them.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            // Channels occasionally send numbers as strings (and Teams ids as numbers); be lenient on read.
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptySchemaFields } },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    // Only the wire types: bot state keeps its empty strings and lists, which may differ from a property's default.
    // ExpectedReplies keeps "activities": [] so clients always find the array.
    private static void OmitEmptySchemaFields(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.Namespace != typeof(Activity).Namespace || typeInfo.Type == typeof(ExpectedReplies))
        {
            return;
        }
        foreach (var property in typeInfo.Properties.Where(p => !p.IsExtensionData))
        {
            if (property.PropertyType == typeof(string))
            {
                property.ShouldSerialize = static (_, value) => !string.IsNullOrEmpty((string?)value);
            }
            else if (typeof(ICollection).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
            }
        }
    }
}
