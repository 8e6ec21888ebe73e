namespace PipelineBot.Host.Tools.Csv;

/// <summary>A CSV record is malformed, e.g. a quoted field is never closed; the message says how, <see cref="Row"/> where.</summary>
public sealed class CsvFormatException : Exception
{
    /// <summary>Creates the exception for a record.</summary>
    public CsvFormatException(int row, string message) : base(message) => Row = row;

    /// <summary>Creates the exception with a message.</summary>
    public CsvFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and cause.</summary>
    public CsvFormatException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with no detail.</summary>
    public CsvFormatException() { }

    /// <summary>The malformed record's number, counted as <see cref="CsvReader.Row"/> counts; 0 when unknown.</summary>
    public int Row { get; }
}
