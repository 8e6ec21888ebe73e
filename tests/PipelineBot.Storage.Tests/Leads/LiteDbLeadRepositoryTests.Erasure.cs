using System.Text;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Storage.Tests.Leads;

/// <summary>The right to erasure, checked where it matters: in the bytes of the database files.</summary>
public sealed partial class LiteDbLeadRepositoryTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3600)]
    public async Task EraseAsync_AfterSeveralSaves_LeavesNoPersonalBytesInTheFilesButKeepsAnonymousFacts(int checkpointSeconds)
    {
        using var database = new TemporaryDatabase(TimeSpan.FromSeconds(checkpointSeconds));
        database.Open();
        var leads = database.CreateLeadRepository();
        var deals = database.CreateDealRepository();
        var lead = TestLeads.Engaged("visitor-zq", "zelda.quintessa@quintessa.example", "Zelda Quintessa", "Quintessa Holdings");
        await leads.SaveAsync(lead);
        lead.RecordInteraction(TestLeads.Epoch.AddMinutes(10));
        await leads.SaveAsync(lead);
        TestLeads.MakeSql(lead, "alice", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddMinutes(20));
        await leads.SaveQualificationAsync(lead, TestLeads.OpenDeal(lead));
        // Others stored after it, so its pages are not simply the last ones in the file.
        foreach (var i in Enumerable.Range(0, 20))
        {
            await leads.SaveAsync(TestLeads.Engaged($"other-{i}", $"someone{i}@other.example", $"Person {i}"));
        }
        Assert.True(ContainsPersonalData(database), "The personal data should be in the files before erasure.");

        lead.ErasePersonalData(TestLeads.Epoch.AddDays(1));
        await leads.EraseAsync(lead);

        Assert.False(ContainsPersonalData(database), "Erased personal data is still in the database files.");
        Assert.Null(await leads.GetByVisitorAsync(new VisitorKey("webchat", "visitor-zq")));
        var stored = (await leads.GetAsync(lead.Id))!;
        Assert.Equal((LeadStatus.Sql, TestLeads.StrongScore, lead.History.Count, "alice"), (stored.Status, stored.Score, stored.History.Count, stored.OwnerRepId));
        Assert.Equal(4, stored.Answers.Count);
        Assert.Equal("50000", stored.Answers["budget"].Value);
        Assert.NotNull(await deals.GetAsync(stored.DealId!.Value));
        database.Close();
        Assert.False(ContainsPersonalData(database), "Erased personal data is in the database files after closing.");
    }

    private static bool ContainsPersonalData(TemporaryDatabase database) =>
        new[] { "Zelda Quintessa", "zelda.quintessa", "visitor-zq", "quintessa.example", "I'm Zelda" }.Any(text => FilesContain(database, text));

    private static bool FilesContain(TemporaryDatabase database, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        foreach (var path in new[] { database.DatabasePath, database.LogPath }.Where(File.Exists))
        {
            // Shared read: LiteDB keeps the files open while the database is.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            if (copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(needle) >= 0)
            {
                return true;
            }
        }
        return false;
    }
}
