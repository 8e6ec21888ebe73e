using PipelineBot.Sales.Leads;
using PipelineBot.Storage.Leads;

namespace PipelineBot.Storage.Tests.Leads;

/// <summary>The "gone silent" candidates: owned leads without a deal, quiet since a time, read by a range on an index.</summary>
public sealed partial class LiteDbLeadRepositoryTests
{
    [Fact]
    public async Task FindAwaitingOwnerQuietSinceAsync_OwnerOrEveryone_OnlyQuietOwnedLeadsWithoutDeal()
    {
        var quietSince = TestLeads.Epoch.AddDays(5);
        var aliceQuiet = Sql("a1", "alice", TestLeads.Epoch.AddHours(1));
        var aliceRecent = Sql("a2", "alice", TestLeads.Epoch.AddDays(10));
        var aliceWithDeal = Sql("a3", "alice", TestLeads.Epoch.AddHours(1));
        var aliceRejected = Sql("a4", "alice", TestLeads.Epoch.AddHours(1));
        aliceRejected.RejectBySales("student project", "alice", TestLeads.Epoch.AddHours(2));
        var bobQuiet = Sql("b1", "bob", TestLeads.Epoch.AddDays(1));
        await _leads.SaveBatchAsync([aliceQuiet, aliceRecent, aliceWithDeal, aliceRejected, bobQuiet], [TestLeads.OpenDeal(aliceWithDeal)]);

        var alice = await _leads.FindAwaitingOwnerQuietSinceAsync(quietSince, "alice");
        var everyone = await _leads.FindAwaitingOwnerQuietSinceAsync(quietSince, null);

        Assert.Equal([aliceQuiet.Id], alice.Select(l => l.Id));
        Assert.Equal(TestLeads.Epoch.AddHours(1), alice[0].LastActivityAt);
        Assert.Equal(new[] { aliceQuiet.Id, bobQuiet.Id }.Order(), everyone.Select(l => l.Id).Order());
    }

    [Fact]
    public void AwaitingOwnerQuietSince_IsARangeOnTheCompositeIndex()
    {
        var everyone = _leads.AwaitingOwnerQuietSince(TestLeads.Epoch, null).GetPlan()["index"];
        var alice = _leads.AwaitingOwnerQuietSince(TestLeads.Epoch, "alice").GetPlan()["index"];

        Assert.Equal(LeadDocument.QuietSince, everyone["name"].AsString);
        Assert.StartsWith("INDEX RANGE SCAN", everyone["mode"].AsString, StringComparison.Ordinal);
        Assert.Equal(LeadDocument.OwnerQuietSince, alice["name"].AsString);
        Assert.StartsWith("INDEX RANGE SCAN", alice["mode"].AsString, StringComparison.Ordinal);
    }

    private static Lead Sql(string userId, string owner, DateTimeOffset at) =>
        TestLeads.MakeSql(TestLeads.Engaged(userId), owner, AssignmentMethod.RoundRobin, at);
}
