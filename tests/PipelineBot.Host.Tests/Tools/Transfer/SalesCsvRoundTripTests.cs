using PipelineBot.Host.Tools.Transfer;

namespace PipelineBot.Host.Tests.Tools.Transfer;

/// <summary>Export writes what import reads: exported, imported into an empty database and exported again, the files match.</summary>
public sealed class SalesCsvRoundTripTests
{
    [Theory]
    [InlineData(SalesExportKind.Deals)]
    [InlineData(SalesExportKind.Leads)]
    public async Task ExportImportExport_DemoPipeline_GivesTheSameFile(SalesExportKind kind)
    {
        using var source = new SalesStore();
        var demo = source.Seeder.Seed(120, ["anna", "ben", "chloe"]);
        await source.Leads.SaveBatchAsync([.. demo.Leads], [.. demo.Deals]);
        var exported = source.File("exported.csv");
        await source.Export.ExportAsync(kind, exported);

        using var copy = new SalesStore();
        var batch = await copy.ImportAsync(exported);
        var again = copy.File("again.csv");
        await copy.Export.ExportAsync(kind, again);

        Assert.Empty(batch.Problems);
        Assert.Equal(File.ReadAllText(exported), File.ReadAllText(again));
    }

    [Fact]
    public async Task ExportImportExport_TextThatNeedsQuotesOrLooksLikeAFormula_IsKeptExactly()
    {
        using var source = new SalesStore();
        var text = "company,contact_name,email,consent_given_at,stage,next_step,next_step_due\r\n"
            + "\"Smith, Jones & \"\"Partners\"\"\",\"=HYPERLINK(\"\"http://evil.example\"\")\",+1@odd.example,2026-11-01,Meeting,\"call them\r\nthen write\",2026-11-25\r\n";
        await source.ImportAsync(source.WriteFile("tricky.csv", text));
        var exported = source.File("exported.csv");
        await source.Export.ExportAsync(SalesExportKind.Deals, exported);

        using var copy = new SalesStore();
        await copy.ImportAsync(exported);
        var deal = (await copy.Deals.FindOpenAsync(ownerRepId: null)).Single();
        var lead = (await copy.Leads.GetAsync(deal.LeadId))!;

        Assert.Equal("Smith, Jones & \"Partners\"", deal.Company);
        Assert.Equal("=HYPERLINK(\"http://evil.example\")", lead.Name);
        Assert.Equal("+1@odd.example", lead.WorkEmail?.Value);
        Assert.Equal("call them\r\nthen write", deal.NextStep?.Action);
        // In the file a spreadsheet would open, the formula is text.
        Assert.Contains("\"'=HYPERLINK(", File.ReadAllText(exported), StringComparison.Ordinal);
    }
}
