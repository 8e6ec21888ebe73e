using System.Globalization;

namespace PipelineBot.Host.Tools.Transfer;

/// <summary>
/// One row's fields read by column as typed values. A value that does not parse is reported as a problem of its row
/// and column and read as missing, so one row yields every problem it has, not only the first.
/// </summary>
internal sealed class RowCells(int row, IReadOnlyList<string> fields, SalesCsvHeader header, ICollection<ImportProblem> problems, TimeZoneInfo zone)
{
    // Without an offset a time is on the company's clock, like every date the bot shows.
    private static readonly string[] LocalTimeFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    private static readonly string[] OffsetTimeFormats = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    private readonly int _problemsBefore = problems.Count;

    /// <summary>True once any value of the row has been reported.</summary>
    public bool Failed => problems.Count > _problemsBefore;

    /// <summary>The trimmed text of the column, empty when blank or absent.</summary>
    public string Raw(string column) => header.Get(fields, column);

    public void Problem(string column, string problem) => problems.Add(new ImportProblem(row, column, problem));

    /// <summary>Free text, with the spreadsheet guard export adds taken off; null when blank.</summary>
    public string? Text(string column, int maxLength)
    {
        var text = SpreadsheetText.Unprotect(Raw(column));
        if (text.Length == 0)
        {
            return null;
        }
        if (text.Length > maxLength)
        {
            Problem(column, $"has {text.Length} characters; at most {maxLength} are kept");
            return null;
        }
        return text;
    }

    public Guid? Id(string column)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }
        if (!Guid.TryParse(text, out var id) || id == Guid.Empty)
        {
            Problem(column, $"'{text}' is not an id; use a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301, or leave it empty for a new one");
            return null;
        }
        return id;
    }

    public DateOnly? Day(string column)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            Problem(column, $"'{text}' is not a date; write it as yyyy-MM-dd, e.g. 2026-03-31");
            return null;
        }
        return day;
    }

    public DateTimeOffset? Time(string column)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }
        if (DateTime.TryParseExact(text, LocalTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }
        if (DateTimeOffset.TryParseExact(text, OffsetTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        Problem(column, $"'{text}' is not a date or time; write 2026-03-01 or 2026-03-01T14:30 (on the {zone.Id} clock), or 2026-03-01T13:30:00Z");
        return null;
    }

    public decimal? Amount(string column)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }
        // No thousands separators and no sign: "12,000" would be twelve in some locales and twelve thousand in others.
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            Problem(column, $"'{text}' is not an amount; write digits with a '.' before any decimals, e.g. 12000.50");
            return null;
        }
        return amount;
    }
}
