using PipelineBot.Host.Tools;
using PipelineBot.Host.Tools.Transfer;

namespace PipelineBot.Host.Tests.Tools;

public sealed class ConsoleProgressTests
{
    [Fact]
    public void Report_OnATerminal_RedrawsOneBarInPlaceWhenThePercentageChanges()
    {
        var output = new StringWriter();
        var progress = new ConsoleProgress(output, terminal: true, "Reading deals.csv");

        progress.Report(new ReadProgress(0, 1000, 0));
        progress.Report(new ReadProgress(4, 1000, 1));
        progress.Report(new ReadProgress(500, 1000, 1200));
        progress.Finish();

        Assert.Equal(
            "\rReading deals.csv [..............................]   0%  0 rows"
            + "\rReading deals.csv [###############...............]  50%  1,200 rows"
            + Environment.NewLine,
            output.ToString());
    }

    [Fact]
    public void Report_NotATerminal_WritesALineAtEachTenth()
    {
        var output = new StringWriter();
        var progress = new ConsoleProgress(output, terminal: false, "Reading deals.csv");

        foreach (var read in new[] { 0, 50, 99, 100, 250, 999, 1000 })
        {
            progress.Report(new ReadProgress(read, 1000, read));
        }
        progress.Finish();

        Assert.Equal(
            [
                "Reading deals.csv: 10% (100 rows)",
                "Reading deals.csv: 20% (250 rows)",
                "Reading deals.csv: 90% (999 rows)",
                "Reading deals.csv: 100% (1,000 rows)",
            ],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
