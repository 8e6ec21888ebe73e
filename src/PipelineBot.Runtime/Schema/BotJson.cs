using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PipelineBot.Runtime.Schema;

/// <summary>The serializer settings of the wire format: camelCase, nulls omitted, unknown fields kept.</summary>
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
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
