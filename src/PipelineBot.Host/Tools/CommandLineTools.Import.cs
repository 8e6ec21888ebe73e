using System.Diagnostics;
using System.Globalization;
using System.Text;
using PipelineBot.Host.Tools.Csv;
using PipelineBot.Host.Tools.Transfer;

namespace PipelineBot.Host.Tools;

/// <summary><c>import &lt;file.csv&gt;</c>: progress while reading, then the summary or the row-level report.</summary>
public static partial class CommandLineTools
{
    // Enough to see what kind of problems a file has; the report file holds every one.
    private const int ProblemsPrinted = 20;

    // A smaller file is read before anyone would look at a bar.
    private const long ProgressFromBytes = 1 << 20;

    private static async Task<ToolExitCode> ImportAsync(ImportRequest request, IServiceProvider services, ToolConsole console)
    {
        if (!File.Exists(request.Path))
        {
            await console.Error.WriteLineAsync($"There is no file {request.Path}.");
            return ToolExitCode.InputRefused;
        }
        var timer = Stopwatch.StartNew();
        var progress = new FileInfo(request.Path).Length >= ProgressFromBytes
            ? new ConsoleProgress(console.Error, console.ErrorIsTerminal, $"Reading {Path.GetFileName(request.Path)}")
            : null;
        var import = services.GetRequiredService<SalesCsvImport>();
        var batch = await import.ReadAsync(request.Path, progress);
        progress?.Finish();
        var reportPath = ReportPathFor(request.Path);
        if (batch.CanBeSaved)
        {
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Every row is good; saving {batch.Leads.Count:N0} leads and {batch.Deals.Count:N0} deals in one transaction."));
            await import.SaveAsync(batch);
            // A report left by an earlier attempt describes a file that has since been fixed.
            File.Delete(reportPath);
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Imported {batch.Leads.Count:N0} leads and {batch.Deals.Count:N0} deals from {request.Path} in {timer.Elapsed.TotalSeconds:N1} s."));
            return ToolExitCode.Success;
        }
        WriteReport(reportPath, batch.Problems);
        var rows = batch.Problems.Select(p => p.Row).Distinct().Count();
        await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Nothing was imported: {batch.Problems.Count:N0} problem(s) on {rows:N0} row(s) of {request.Path}."));
        foreach (var problem in batch.Problems.Take(ProblemsPrinted))
        {
            await console.Error.WriteLineAsync($"  {problem}");
        }
        if (batch.Problems.Count > ProblemsPrinted)
        {
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  … and {batch.Problems.Count - ProblemsPrinted:N0} more."));
        }
        await console.Error.WriteLineAsync($"Every problem is listed in {reportPath}. Fix the file and import it again.");
        return ToolExitCode.InputRefused;
    }

    /// <summary>Beside the input, named after it: <c>deals.csv</c> gets <c>deals.errors.csv</c>.</summary>
    private static string ReportPathFor(string input) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input))!, $"{Path.GetFileNameWithoutExtension(input)}.errors.csv");

    private static void WriteReport(string path, IReadOnlyList<ImportProblem> problems)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var csv = new CsvWriter(writer);
        csv.WriteRecord(["row", "column", "problem"]);
        foreach (var problem in problems)
        {
            csv.WriteRecord([problem.Row.ToString(CultureInfo.InvariantCulture), problem.Column, problem.Problem]);
        }
    }
}
