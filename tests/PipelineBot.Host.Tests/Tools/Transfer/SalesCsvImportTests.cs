using PipelineBot.Host.Tools.Transfer;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Tests.Tools.Transfer;

/// <summary>Imports against a real LiteDB file: all rows or none.</summary>
public sealed class SalesCsvImportTests
{
    private const string Header = "lead_id,deal_id,company,contact_name,email,consent_given_at,owner,lead_status,pipeline,stage,value,currency,expected_close,next_step,next_step_due,close_reason,created_at,stage_entered_at";
    private const string Lead1 = "11111111-1111-1111-1111-111111111111";
    private const string Deal1 = "22222222-2222-2222-2222-222222222222";

    [Fact]
    public async Task Import_GoodFile_SavesEveryLeadAndDealAsWritten()
    {
        using var store = new SalesStore();
        var path = store.WriteFile("deals.csv", string.Join("\r\n",
            Header,
            $"{Lead1},{Deal1},\"Acme, Inc.\",Ada Lovelace,Ada@Acme.example,2026-09-01,anna,SalesAccepted,,Proposal,12000.50,,2026-12-15,send the revised proposal,2026-11-24,,2026-09-01T10:00:00Z,2026-11-02",
            ",,Globex,,,,ben,,New business,Closed Lost,8000,USD,,,,chose a competitor,2026-08-03,2026-10-01T09:30",
            ",,Initech,Peter Gibbons,peter@initech.example,2026-10-05T12:00:00+02:00,,Mql,,,,,,,,,2026-10-05,",
            "") + "\r\n");

        var batch = await store.ImportAsync(path);

        Assert.Empty(batch.Problems);
        Assert.Equal(3, await store.CountLeadsAsync());
        var deal = (await store.Deals.GetAsync(Guid.Parse(Deal1)))!;
        Assert.Equal(("Acme, Inc.", "anna", "Proposal"), (deal.Company, deal.OwnerRepId, deal.Stage));
        Assert.Equal(new Money(12000.50m, "EUR"), deal.Value);
        Assert.Equal(new DateOnly(2026, 12, 15), deal.ExpectedClose);
        Assert.Equal(new NextStep("send the revised proposal", new DateOnly(2026, 11, 24)), deal.NextStep);
        Assert.Equal(new DateTimeOffset(2026, 9, 1, 10, 0, 0, TimeSpan.Zero), deal.OpenedAt);
        // A date without a time is midnight on the company's clock (Prague, an hour ahead of UTC in November).
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.FromHours(1)), deal.EnteredStageAt);
        Assert.Equal(SalesCsvImport.Importer, deal.History[0].By);
        var lead = (await store.Leads.GetAsync(Guid.Parse(Lead1)))!;
        Assert.Equal(("Ada Lovelace", "ada@acme.example", LeadStatus.SalesAccepted), (lead.Name, lead.WorkEmail?.Value, lead.Status));
        Assert.Equal(deal.Id, lead.DealId);
        Assert.Contains(lead.History, change => change.Reason == SalesCsvImport.Reason);
        var lost = (await store.Deals.FindOpenOrClosedSinceAsync(DateTimeOffset.MinValue, "ben")).Single();
        Assert.Equal((DealOutcome.Lost, "chose a competitor", "USD"), (lost.Outcome, lost.CloseReason, lost.Value?.Currency));
    }

    [Fact]
    public async Task Import_BadRows_ImportsNothingAndReportsEachProblemByRowAndColumn()
    {
        using var store = new SalesStore();
        var path = store.WriteFile("deals.csv", string.Join("\r\n",
            Header,
            $"{Lead1},,Good Co,,,,anna,,,Contact,1000,,,,,,2026-11-01,",
            ",,Typo Co,,,,anna,,,Proposl,1000,,,,,,2026-11-01,",
            ",,Stranger Co,,,,anne,,,Contact,,,,,,,2026-11-01,",
            ",,Money Co,,,,ben,,,Meeting,\"12,000\",,31/12/2026,,,,2026-11-01,2026-11-05",
            $"{Lead1},,Twin Co,,,,ben,,,Contact,,,,,,,2026-11-01,",
            ",,Mail Co,Bo,bo@mail.example,2026-11-01,ben,,,Contact,,,,,,,2026-11-01,",
            ",,Mail Again Co,Bo,BO@mail.example,2026-11-01,ben,,,Contact,,,,,,,2026-11-01,",
            ",,Lost Co,,,,ben,,,Closed Lost,,,,,,,2026-11-01,2026-11-10",
            ",,Secret Co,Eve,eve@secret.example,,,Mql,,,,,,,,,2026-11-01,",
            ",,Short Co,,,,ben,,,Contact",
            ",,Future Co,,,,ben,,,Contact,,,,,,,2027-01-01,") + "\r\n");

        var batch = await store.ImportAsync(path);

        Assert.Equal(
        [
            (3, "stage"), (4, "owner"), (5, "value"), (5, "expected_close"), (6, "lead_id"), (8, "email"),
            (9, "close_reason"), (10, "consent_given_at"), (11, ""), (12, "created_at"),
        ], batch.Problems.Select(p => (p.Row, p.Column)));
        Assert.Contains("'Proposl' is not a stage of New business; its stages are Contact, Qualification", batch.Problems[0].Problem, StringComparison.Ordinal);
        Assert.Contains("'anne' is not a rep in Routing:Reps", batch.Problems[1].Problem, StringComparison.Ordinal);
        Assert.Equal($"{Lead1} is also on row 2", batch.Problems[4].Problem);
        Assert.Equal("bo@mail.example is also on row 7", batch.Problems[5].Problem);
        Assert.Empty(batch.Leads);
        Assert.Equal(0, await store.CountLeadsAsync());
        Assert.Equal(0, await store.CountDealsAsync());
    }

    [Fact]
    public async Task Import_SameFileTwice_RefusesTheSecondAsAlreadyInTheDatabase()
    {
        using var store = new SalesStore();
        var path = store.WriteFile("leads.csv", $"{Header}\r\n,,Initech,Peter,peter@initech.example,2026-10-05,,Mql,,,,,,,,,2026-10-05,\r\n");
        await store.ImportAsync(path);

        var second = await store.ImportAsync(path);

        Assert.Equal("peter@initech.example is already in the database", Assert.Single(second.Problems).Problem);
        Assert.Equal(1, await store.CountLeadsAsync());
    }

    [Fact]
    public async Task Import_UnknownColumn_ReportsTheHeaderAndReadsNoRow()
    {
        using var store = new SalesStore();
        var path = store.WriteFile("deals.csv", "company,stage,expected_closed\r\nAcme,Contact,2026-12-01\r\n");

        var batch = await store.ImportAsync(path);

        var problem = Assert.Single(batch.Problems);
        Assert.Equal((1, "expected_closed"), (problem.Row, problem.Column));
    }

    [Fact]
    public async Task Import_MalformedCsv_ReportsTheRowAndImportsNothing()
    {
        using var store = new SalesStore();
        var path = store.WriteFile("deals.csv", "company,stage\r\nAcme,Contact\r\n\"Globex,Contact\r\n");

        var batch = await store.ImportAsync(path);

        Assert.Equal(3, Assert.Single(batch.Problems).Row);
        Assert.Equal(0, await store.CountLeadsAsync());
    }

    [Fact]
    public async Task Import_OnlySomeColumns_FillsTheRestWithDefaults()
    {
        using var store = new SalesStore();
        var path = store.WriteFile("deals.csv", "Stage,Company,Value\r\nQualification,Acme,5000\r\n");

        await store.ImportAsync(path);

        var deal = (await store.Deals.FindOpenAsync(ownerRepId: null)).Single();
        Assert.Equal(("Acme", "New business", "Qualification"), (deal.Company, deal.Pipeline, deal.Stage));
        Assert.Equal(new Money(5000m, "EUR"), deal.Value);
        Assert.Equal(SalesStore.Now, deal.OpenedAt);
    }

    [Fact]
    public async Task Read_LargeFile_ReportsProgressUpToTheWholeFile()
    {
        using var store = new SalesStore();
        var rows = Enumerable.Range(0, 2000).Select(i => $"Company {i},Contact");
        var path = store.WriteFile("deals.csv", $"company,stage\r\n{string.Join("\r\n", rows)}\r\n");
        var reports = new List<ReadProgress>();

        await store.Import.ReadAsync(path, new Collect(reports));

        Assert.Equal(new ReadProgress(new FileInfo(path).Length, new FileInfo(path).Length, 2000), reports[^1]);
        Assert.True(reports.Count > 1);
    }

    private sealed class Collect(List<ReadProgress> reports) : IProgress<ReadProgress>
    {
        public void Report(ReadProgress value) => reports.Add(value);
    }
}
