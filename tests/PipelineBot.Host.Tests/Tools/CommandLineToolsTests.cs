using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Host.Tools;

namespace PipelineBot.Host.Tests.Tools;

/// <summary>The verbs through the real executable: separate processes on a database file in a temp folder.</summary>
public sealed class CommandLineToolsTests
{
    [Fact]
    public async Task SeedDemo_ThenExportIntoAFileAndImportIntoAnother_RoundTrips()
    {
        using var folder = new TempFolder();
        var demo = folder.File("demo.db");

        var seeded = await HostExecutable.RunAsync(folder.Path, demo, "seed-demo", "--deals", "150");
        var exported = await HostExecutable.RunAsync(folder.Path, demo, "export", "deals", "deals.csv");
        var imported = await HostExecutable.RunAsync(folder.Path, folder.File("copy.db"), "import", "deals.csv");
        var again = await HostExecutable.RunAsync(folder.Path, folder.File("copy.db"), "export", "deals", "again.csv");

        Assert.Equal((0, ""), (seeded.ExitCode, seeded.Error));
        Assert.StartsWith($"Seeded 150 deals and 50 leads without a deal into {demo}", seeded.Out, StringComparison.Ordinal);
        Assert.Matches(@"Stuck now: [1-9]\d* \(anna [1-9]", seeded.Out);
        Assert.Contains("anna-in-the-emulator", seeded.Out, StringComparison.Ordinal);
        Assert.Equal((0, "Exported 150 deals with their leads to deals.csv."), (exported.ExitCode, exported.Out.Trim()));
        Assert.Equal(0, imported.ExitCode);
        Assert.StartsWith("Imported 150 leads and 150 deals from deals.csv", imported.Out, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(File.ReadAllText(folder.File("deals.csv")), File.ReadAllText(folder.File("again.csv")));
    }

    [Fact]
    public async Task SeedDemo_DatabaseWithDeals_RefusesWithoutForce()
    {
        using var folder = new TempFolder();
        var demo = folder.File("demo.db");
        await HostExecutable.RunAsync(folder.Path, demo, "seed-demo", "--deals", "20");

        var second = await HostExecutable.RunAsync(folder.Path, demo, "seed-demo", "--deals", "20");

        Assert.Equal((int)ToolExitCode.InputRefused, second.ExitCode);
        Assert.Contains("already has 20 deals", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FileWithBadRows_ExitsWithOneAndWritesTheReportBesideIt()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("deals.csv"), "company,owner,stage,value\r\nAcme,anna,Contact,100\r\nGlobex,anne,Contact,1k\r\n");

        var run = await HostExecutable.RunAsync(folder.Path, folder.File("sales.db"), "import", "deals.csv");

        Assert.Equal((int)ToolExitCode.InputRefused, run.ExitCode);
        Assert.Contains("Nothing was imported: 2 problem(s) on 1 row(s) of deals.csv.", run.Error, StringComparison.Ordinal);
        Assert.Contains("row 3, owner: 'anne' is not a rep in Routing:Reps", run.Error, StringComparison.Ordinal);
        Assert.Equal(
            ["row,column,problem", "3,owner,\"'anne' is not a rep in Routing:Reps; the reps are anna, ben, chloe\"",
             "3,value,\"'1k' is not an amount; write digits with a '.' before any decimals, e.g. 12000.50\""],
            File.ReadAllLines(folder.File("deals.errors.csv")));
    }

    [Fact]
    public async Task UnknownVerb_ExitsWithTwoAndPrintsTheUsage()
    {
        using var folder = new TempFolder();

        var run = await HostExecutable.RunAsync(folder.Path, folder.File("sales.db"), "seed", "--deals", "10");

        Assert.Equal((int)ToolExitCode.UsageError, run.ExitCode);
        Assert.StartsWith("'seed' is not a verb", run.Error, StringComparison.Ordinal);
        Assert.Contains("seed-demo [--deals N] [--force]", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("sales.db")));
    }
}
