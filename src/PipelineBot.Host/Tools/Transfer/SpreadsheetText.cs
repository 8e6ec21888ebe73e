namespace PipelineBot.Host.Tools.Transfer;

/// <summary>
/// Keeps free text from running as a formula when an export is opened in a spreadsheet. Company and contact names
/// come from website visitors, and a cell starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> is a formula to
/// Excel and its kin (CSV injection), so export writes such text after an apostrophe, which spreadsheets show as
/// text, and import takes the apostrophe off again: the round trip keeps the text exactly.
/// </summary>
internal static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string? Protect(string? text) =>
        text is { Length: > 0 } && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    public static string Unprotect(string text) =>
        text.Length > 1 && text[0] == '\'' && FormulaStarts.Contains(text[1]) ? text[1..] : text;
}
