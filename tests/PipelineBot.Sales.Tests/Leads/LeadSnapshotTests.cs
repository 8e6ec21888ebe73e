using System.Text.Json;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Tests.Qualification;

namespace PipelineBot.Sales.Tests.Leads;

public class LeadSnapshotTests
{
    private static string Json(Lead lead) => JsonSerializer.Serialize(lead.ToSnapshot());

    [Fact]
    public void FromSnapshot_SqlLeadWithAnswers_RestoresEveryField()
    {
        var lead = new LeadBuilder().WithAnswers(TestScript.StrongProspect).WithInteractions(3).WithDemoRequest().AsSql("alice").Build();
        lead.ConfirmSaved(7);

        var restored = Lead.FromSnapshot(lead.ToSnapshot());

        Assert.Equal(Json(lead), Json(restored));
        Assert.Equal(7, restored.Version);
        Assert.Equal("acme.example", restored.CompanyDomain);
    }

    [Fact]
    public void FromSnapshot_ReassignedLead_RestoresTheReassignment()
    {
        var lead = new LeadBuilder().AsSql("alice").Build();
        lead.Reassign("bob", AssignmentMethod.RoundRobin, "bob was free", Actor.System, LeadBuilder.Epoch);

        var restored = Lead.FromSnapshot(lead.ToSnapshot());

        Assert.Equal(lead.History, restored.History);
        Assert.Equal(("bob", AssignmentMethod.RoundRobin), (restored.OwnerRepId, restored.OwnerAssignedBy));
    }

    [Fact]
    public void FromSnapshot_GapInHistory_ThrowsNamingEntry()
    {
        var snapshot = new LeadBuilder().AsMql().Build().ToSnapshot();
        var broken = snapshot with { History = [snapshot.History[1]] };

        var error = Assert.Throws<SalesDomainException>(() => Lead.FromSnapshot(broken));

        Assert.Contains("broken history at entry 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromSnapshot_StatusDisagreesWithHistory_Throws()
    {
        var snapshot = new LeadBuilder().AsMql().Build().ToSnapshot() with { Status = LeadStatus.Sql };

        Assert.Throws<SalesDomainException>(() => Lead.FromSnapshot(snapshot));
    }

    [Fact]
    public void ConfirmSaved_OlderVersion_Throws()
    {
        var lead = new LeadBuilder().Build();
        lead.ConfirmSaved(3);

        Assert.Throws<ArgumentOutOfRangeException>(() => lead.ConfirmSaved(3));
    }
}
