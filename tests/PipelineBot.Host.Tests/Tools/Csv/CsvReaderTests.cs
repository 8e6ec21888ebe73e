using System.Text;
using PipelineBot.Host.Tools.Csv;

namespace PipelineBot.Host.Tests.Tools.Csv;

public sealed class CsvReaderTests
{
    [Fact]
    public void ReadRecord_QuotedFieldsWithCommasQuotesAndLineBreaks_ReadsEachWhole()
    {
        var records = ReadAll("name,note\r\n\"Acme, Inc.\",\"said \"\"yes\"\"\r\nthen \"\"no\"\"\"\r\n");

        Assert.Equal(["Acme, Inc.", "said \"yes\"\r\nthen \"no\""], records[1]);
    }

    [Fact]
    public void ReadRecord_CrLfLfAndCr_EachEndARecord()
    {
        var records = ReadAll("a,b\r\nc,d\ne,f\rg,h");

        Assert.Equal([["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]], records);
    }

    [Fact]
    public void ReadRecord_Utf8ByteOrderMark_IsNotPartOfTheFirstField()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("company,owner\r\nČEZ,anna\r\n")).ToArray();
        using var fromStream = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var fromText = new StringReader("\uFEFFcompany,owner\r\n");

        Assert.Equal(["company", "owner"], new CsvReader(fromStream).ReadRecord());
        Assert.Equal(["company", "owner"], new CsvReader(fromText).ReadRecord());
    }

    [Fact]
    public void ReadRecord_EmptyFields_AreKeptInPlace()
    {
        Assert.Equal(["a", "", "", "d", ""], ReadAll("a,,\"\",d,\r\n")[0]);
    }

    [Fact]
    public void ReadRecord_TrailingLineBreak_MakesNoExtraRecord()
    {
        Assert.Equal(2, ReadAll("a\r\nb\r\n").Count);
        Assert.Equal(2, ReadAll("a\r\nb").Count);
    }

    [Fact]
    public void ReadRecord_BlankLine_IsOneEmptyField()
    {
        Assert.Equal([["a"], [""], ["b"]], ReadAll("a\r\n\r\nb\r\n"));
    }

    [Fact]
    public void Row_FieldHoldingLineBreaks_CountsAsOneRowAsASpreadsheetShowsIt()
    {
        var csv = new CsvReader(new StringReader("header\r\n\"two\r\nlines\"\r\nnext\r\n"));

        csv.ReadRecord();
        csv.ReadRecord();
        csv.ReadRecord();

        Assert.Equal(3, csv.Row);
    }

    [Fact]
    public void ReadRecord_QuoteNeverClosed_ThrowsNamingTheRowItOpenedOn()
    {
        var csv = new CsvReader(new StringReader("a\r\n\"open\r\nand on\r\n"));
        csv.ReadRecord();

        var error = Assert.Throws<CsvFormatException>(() => csv.ReadRecord());

        Assert.Equal(2, error.Row);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("say \"hi\",b", "does not start with one")]
    [InlineData("\"quoted\"tail,b", "text after its closing quote")]
    public void ReadRecord_StrayQuote_ThrowsInsteadOfGuessing(string line, string expected)
    {
        var error = Assert.Throws<CsvFormatException>(() => new CsvReader(new StringReader(line)).ReadRecord());

        Assert.Equal(1, error.Row);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRecord_EmptyInput_ReturnsNull()
    {
        Assert.Null(new CsvReader(new StringReader(string.Empty)).ReadRecord());
    }

    private static List<IReadOnlyList<string>> ReadAll(string text)
    {
        var csv = new CsvReader(new StringReader(text));
        var records = new List<IReadOnlyList<string>>();
        while (csv.ReadRecord() is { } record)
        {
            records.Add(record);
        }
        return records;
    }
}
