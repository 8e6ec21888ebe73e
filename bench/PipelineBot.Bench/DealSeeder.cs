using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Bench;

/// <summary>
/// Makes a realistic book of deals through the domain's own verbs, seeded so every run stores the same data. A fifth
/// are open, the rest closed over the last two years (won ones go on to Retention). A deal stays half a day to eight
/// and a half days in each stage it passes, so the median-based limits come out around nine days; an open deal has
/// been in its current stage for an exponentially distributed time averaging three days, so a few percent are stuck.
/// </summary>
internal sealed class DealSeeder(SalesPipeline pipeline, int reps, DateTimeOffset now)
{
    private readonly Random _random = new(20260115);
    private readonly PipelineStage[] _open = [.. pipeline.OpenStages];

    public string RepId(int i) => $"rep{i % reps:D2}";

    public (Lead Lead, Deal Deal) Next(int index)
    {
        var open = _random.NextDouble() < 0.2;
        var dwells = Enumerable.Range(0, _random.Next(_open.Length)).Select(_ => TimeSpan.FromHours(12 + _random.Next(24 * 8))).ToList();
        var lastStageStart = open
            ? now - TimeSpan.FromDays(Math.Min(60, -3 * Math.Log(1 - _random.NextDouble())))
            : now - TimeSpan.FromDays(60 + _random.Next(670));
        var at = lastStageStart - dwells.Aggregate(TimeSpan.Zero, (sum, dwell) => sum + dwell);
        var owner = Actor.Rep(RepId(index));
        var lead = Lead.Start(Guid.NewGuid(), new VisitorKey("bench", $"visitor-{index}"), at);
        lead.RecordInteraction(at);
        lead.Qualify(LeadStatus.Sql, LeadScore.Zero, ["seeded"], Actor.System, at);
        lead.AssignOwner(owner.Id, AssignmentMethod.RoundRobin, at);
        var deal = Deal.Open(Guid.NewGuid(), lead, pipeline, Actor.System, at);
        deal.SetValue(new Money(1_000m * _random.Next(1, 100), "EUR"), owner, at);
        for (var i = 0; i < dwells.Count; i++)
        {
            at += dwells[i];
            deal.MoveTo(_open[i + 1].Name, pipeline, owner, at);
        }
        if (open)
        {
            deal.SetNextStep("follow up", DateOnly.FromDateTime(now.AddDays(_random.Next(-3, 10)).UtcDateTime), owner, at);
            deal.SetExpectedClose(DateOnly.FromDateTime(now.AddDays(_random.Next(-10, 90)).UtcDateTime), owner, at);
            return (lead, deal);
        }
        at += TimeSpan.FromHours(12 + _random.Next(24 * 8));
        if (_random.NextDouble() < 0.35)
        {
            deal.Win("signed", pipeline, owner, at);
            deal.MoveTo("Retention", pipeline, owner, at.AddDays(30));
        }
        else
        {
            deal.Lose("no budget", pipeline, owner, at);
        }
        return (lead, deal);
    }
}
