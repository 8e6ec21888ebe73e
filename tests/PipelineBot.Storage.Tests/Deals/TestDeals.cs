using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Storage.Tests.Leads;

namespace PipelineBot.Storage.Tests.Deals;

/// <summary>The new-business pipeline as shipped, and deals opened in it for fresh SQL leads.</summary>
internal static class TestDeals
{
    public static PipelineOptions Options() => new()
    {
        Pipelines =
        [
            new()
            {
                Name = "New business",
                Stages =
                [
                    Stage("Contact", 0.05m, 7), Stage("Qualification", 0.1m, 7), Stage("Meeting", 0.2m, 14),
                    Stage("Proposal", 0.5m, 14), Stage("Negotiation", 0.75m, 21),
                    new() { Name = "Closed Won", WinProbability = 1m, Outcome = DealOutcome.Won },
                    new() { Name = "Closed Lost", Outcome = DealOutcome.Lost },
                ],
            },
        ],
    };

    public static SalesPipeline Pipeline { get; } = new PipelineCatalog(Options()).Default;

    /// <summary>A new SQL lead owned by the rep (null for none) and its deal, opened at the time in the first stage; neither saved.</summary>
    public static (Lead Lead, Deal Deal) Open(string? owner, DateTimeOffset at)
    {
        var lead = TestLeads.Engaged(Guid.NewGuid().ToString("N"));
        lead.Qualify(LeadStatus.Sql, TestLeads.StrongScore, ["strong"], Actor.System, at);
        if (owner is not null)
        {
            lead.AssignOwner(owner, AssignmentMethod.RoundRobin, at);
        }
        return (lead, Deal.Open(Guid.NewGuid(), lead, Pipeline, Actor.System, at));
    }

    private static PipelineStageOptions Stage(string name, decimal probability, int stuckAfterDays) =>
        new() { Name = name, WinProbability = probability, StuckAfter = TimeSpan.FromDays(stuckAfterDays) };
}
