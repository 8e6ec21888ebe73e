using PipelineBot.Host.Tools;
using PipelineBot.Host.Tools.Transfer;

namespace PipelineBot.Host.Tests.Tools;

public sealed class ToolRequestTests
{
    [Theory]
    [InlineData("", false)]
    [InlineData("--urls http://localhost:5000", false)]
    [InlineData("Storage:DatabasePath=other.db", false)]
    [InlineData("seed-demo", true)]
    [InlineData("--help", true)]
    [InlineData("imprt", true)]
    public void IsToolCommandLine_FirstArgument_DecidesBetweenToolAndBot(string commandLine, bool expected)
    {
        Assert.Equal(expected, ToolRequest.IsToolCommandLine(Args(commandLine)));
    }

    [Theory]
    [InlineData("import deals.csv")]
    [InlineData("export DEALS out.csv")]
    [InlineData("seed-demo --deals 120 --force")]
    [InlineData("help")]
    [InlineData("import --help")]
    public void Parse_WellFormed_GivesTheVerbsRequest(string commandLine)
    {
        var request = ToolRequest.Parse(Args(commandLine));

        Assert.Equal(commandLine switch
        {
            "import deals.csv" => new ImportRequest("deals.csv"),
            "export DEALS out.csv" => new ExportRequest(SalesExportKind.Deals, "out.csv"),
            "seed-demo --deals 120 --force" => new SeedDemoRequest(120, Force: true),
            _ => (ToolRequest)new HelpRequest(),
        }, request);
    }

    [Fact]
    public void Parse_SeedDemoAlone_MakesSeveralHundredDeals()
    {
        Assert.Equal(new SeedDemoRequest(SeedDemoRequest.DefaultDeals, Force: false), ToolRequest.Parse(["seed-demo"]));
    }

    [Theory]
    [InlineData("imprt deals.csv", "'imprt' is not a verb")]
    [InlineData("import", "import takes <file.csv>; got nothing")]
    [InlineData("import a.csv b.csv", "import takes <file.csv>; got a.csv b.csv")]
    [InlineData("export contacts out.csv", "export writes leads or deals, not 'contacts'")]
    [InlineData("seed-demo --deals lots", "--deals takes a number from 1 to 1000, not 'lots'")]
    [InlineData("seed-demo --deals 0", "--deals takes a number from 1 to 1000")]
    [InlineData("seed-demo --deals", "--deals needs a number")]
    [InlineData("seed-demo --reset", "seed-demo takes --deals <n> and --force, not '--reset'")]
    [InlineData("import --force a.csv", "import takes no option '--force'")]
    public void Parse_Malformed_ThrowsSayingWhatIsWrong(string commandLine, string expected)
    {
        var error = Assert.Throws<ToolUsageException>(() => ToolRequest.Parse(Args(commandLine)));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    private static string[] Args(string commandLine) => commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
