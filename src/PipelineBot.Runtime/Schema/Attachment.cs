using System.Text.Json;
using System.Text.Json.Serialization;

namespace PipelineBot.Runtime.Schema;

/// <summary>A card or file carried by an activity: either inline <see cref="Content"/> or a <see cref="ContentUrl"/>.</summary>
public class Attachment
{
    /// <summary>MIME type, e.g. <c>application/vnd.microsoft.card.adaptive</c>.</summary>
    public string? ContentType { get; set; }

    /// <summary>Where the file can be downloaded (HTTPS or a data: URI).</summary>
    public string? ContentUrl { get; set; }

    /// <summary>The card body.</summary>
    public object? Content { get; set; }

    /// <summary>File name.</summary>
    public string? Name { get; set; }

    /// <summary>Preview image.</summary>
    public string? ThumbnailUrl { get; set; }

    /// <summary>Fields this type does not model.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
