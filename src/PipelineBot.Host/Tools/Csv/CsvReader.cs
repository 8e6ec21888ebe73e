using System.Text;

namespace PipelineBot.Host.Tools.Csv;

/// <summary>
/// Reads RFC 4180 CSV one record at a time, so a file of any size streams through: fields are separated by commas and
/// records by CRLF (a bare LF or CR is accepted too); a field in double quotes may hold commas, line breaks and
/// quotes written twice. A byte order mark before the first record is skipped. A quote inside an unquoted field, or
/// text after a closing quote, is an error rather than a guess, since a wrong guess shifts every later column.
/// </summary>
public sealed class CsvReader(TextReader reader)
{
    private const int End = -1;
    private readonly StringBuilder _field = new();

    /// <summary>
    /// The number of the record last read, counting from 1 for the first (normally the header), as a spreadsheet
    /// numbers its rows: a field holding a line break does not start a new row.
    /// </summary>
    public int Row { get; private set; }

    /// <summary>Reads the next record; null at the end of the input. A blank line is a record of one empty field.</summary>
    /// <exception cref="CsvFormatException">The record is malformed; <see cref="CsvFormatException.Row"/> says which.</exception>
    public IReadOnlyList<string>? ReadRecord()
    {
        var next = reader.Read();
        if (next == End)
        {
            return null;
        }
        Row++;
        if (Row == 1 && next == '\uFEFF')
        {
            // A reader without encoding detection hands the byte order mark over as a character.
            next = reader.Read();
        }
        var fields = new List<string>();
        while (true)
        {
            next = next == '"' ? ReadQuoted() : ReadUnquoted(next);
            fields.Add(_field.ToString());
            _field.Clear();
            switch (next)
            {
                case ',':
                    next = reader.Read();
                    continue;
                case '\r':
                    if (reader.Peek() == '\n')
                    {
                        reader.Read();
                    }
                    return fields;
                case '\n' or End:
                    return fields;
                default:
                    throw new CsvFormatException(Row, $"field {fields.Count} has text after its closing quote; "
                        + "a quoted field ends at its closing quote, and a quote inside one is written twice (\"\")");
            }
        }
    }

    /// <summary>Reads an unquoted field starting with <paramref name="next"/>; returns the character after it.</summary>
    private int ReadUnquoted(int next)
    {
        while (next is not (',' or '\r' or '\n' or End))
        {
            if (next == '"')
            {
                throw new CsvFormatException(Row, "a field has a quote but does not start with one; put the whole field in quotes and write the quote twice (\"\")");
            }
            _field.Append((char)next);
            next = reader.Read();
        }
        return next;
    }

    /// <summary>Reads a quoted field after its opening quote; returns the character after the closing quote.</summary>
    private int ReadQuoted()
    {
        var startRow = Row;
        while (true)
        {
            var next = reader.Read();
            if (next == End)
            {
                throw new CsvFormatException(startRow, "a quoted field is never closed; the file ends inside it");
            }
            if (next == '"')
            {
                if (reader.Peek() != '"')
                {
                    return reader.Read();
                }
                reader.Read();
            }
            _field.Append((char)next);
        }
    }
}
