namespace PipelineBot.Host.Tools.Transfer;

/// <summary>Where each known column is in an imported file, read from its header row.</summary>
public sealed class SalesCsvHeader
{
    private readonly Dictionary<string, int> _positions;

    private SalesCsvHeader(Dictionary<string, int> positions, int count) => (_positions, Count) = (positions, count);

    /// <summary>How many fields each row must have.</summary>
    public int Count { get; }

    /// <summary>
    /// Reads the header row. An unknown column is a problem rather than ignored, since it is most likely a known
    /// one misspelt whose values would otherwise be dropped without a word.
    /// </summary>
    public static SalesCsvHeader Read(IReadOnlyList<string> fields, ICollection<ImportProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(problems);
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Count; i++)
        {
            var name = fields[i].Trim();
            if (!SalesCsvColumns.All.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var column = name.Length > 0 ? name : $"column {i + 1}";
                problems.Add(new ImportProblem(1, column, $"is not a column of this format; the columns are {string.Join(", ", SalesCsvColumns.All)}"));
            }
            else if (!positions.TryAdd(name, i))
            {
                problems.Add(new ImportProblem(1, name, "appears twice in the header"));
            }
        }
        return new SalesCsvHeader(positions, fields.Count);
    }

    /// <summary>The row's value in the column, trimmed; empty when the file has no such column.</summary>
    public string Get(IReadOnlyList<string> row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _positions.TryGetValue(column, out var i) ? row[i].Trim() : string.Empty;
    }
}
