namespace PipelineBot.Host.Tools.Csv;

/// <summary>
/// Writes RFC 4180 CSV: records end with CRLF, and a field holding a comma, a quote or a line break is put in quotes
/// with its quotes written twice, so <see cref="CsvReader"/> (or a spreadsheet) reads back exactly what was written.
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>Writes one record; a null field is written empty.</summary>
    public void WriteRecord(IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }
            first = false;
            WriteField(field ?? string.Empty);
        }
        writer.Write("\r\n");
    }

    private void WriteField(string field)
    {
        if (field.IndexOfAny(NeedsQuotes) < 0)
        {
            writer.Write(field);
            return;
        }
        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
