using System.Globalization;
using System.Text.Json;

namespace PipelineBot.Runtime.Hosting.DirectLine;

/// <summary>Direct Line's ActivitySet, <c>{ "activities": [...], "watermark": "n" }</c>, written from activities already stored as JSON.</summary>
internal static class DirectLineActivitySet
{
    public static byte[] Serialize(IReadOnlyList<byte[]> activities, long watermark)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in activities)
            {
                writer.WriteRawValue(activity, skipInputValidation: true);
            }
            writer.WriteEndArray();
            writer.WriteString("watermark", watermark.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
