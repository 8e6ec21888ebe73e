using System.Text.Json;
using System.Text.Json.Serialization;
using PipelineBot.Sales.Metrics;

namespace PipelineBot.Host.Endpoints;

/// <summary>
/// Writes a <see cref="ReportPeriod"/> as its first day and the first day after it, <c>{"start":"2026-10-01","end":"2027-01-01"}</c>:
/// the time zone object the period carries is no figure for a dashboard.
/// </summary>
public sealed class ReportPeriodJsonConverter : JsonConverter<ReportPeriod>
{
    /// <inheritdoc />
    public override ReportPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The API only writes report periods.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReportPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("start", value.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("end", value.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }
}
