namespace PipelineBot.Host.Tools.Transfer;

/// <summary>Something wrong with one row of an imported file.</summary>
/// <param name="Row">The row, counting the header as 1, as a spreadsheet numbers them.</param>
/// <param name="Column">The column at fault; empty when the problem is the whole row.</param>
/// <param name="Problem">What is wrong and, where it helps, what would be right.</param>
public sealed record ImportProblem(int Row, string Column, string Problem)
{
    /// <summary>Renders as <c>row 7, stage: …</c>, as the import prints it.</summary>
    public override string ToString() => Column.Length == 0 ? $"row {Row}: {Problem}" : $"row {Row}, {Column}: {Problem}";
}
