using PipelineBot.Host.Tools.Csv;

namespace PipelineBot.Host.Tests.Tools.Csv;

public sealed class CsvWriterTests
{
    [Fact]
    public void WriteRecord_PlainFields_AreWrittenBareAndEndWithCrLf()
    {
        var text = new StringWriter();

        new CsvWriter(text).WriteRecord(["a", null, "c d"]);

        Assert.Equal("a,,c d\r\n", text.ToString());
    }

    [Fact]
    public void WriteRecord_FieldsWithSeparatorsQuotesOrLineBreaks_AreQuoted()
    {
        var text = new StringWriter();

        new CsvWriter(text).WriteRecord(["Acme, Inc.", "say \"hi\"", "two\nlines"]);

        Assert.Equal("\"Acme, Inc.\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n", text.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" padded ")]
    [InlineData("\"")]
    [InlineData("\"\"")]
    [InlineData("a,b")]
    [InlineData("line\r\nbreak")]
    [InlineData("\r")]
    [InlineData("Černá Hora d.o.o. — 🚀")]
    public void WriteRecord_AnyText_ReadsBackExactly(string field)
    {
        var text = new StringWriter();
        new CsvWriter(text).WriteRecord([field, "next"]);

        var record = new CsvReader(new StringReader(text.ToString())).ReadRecord();

        Assert.Equal([field, "next"], record);
    }
}
