using PipelineBot.Host.Tools.Transfer;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Tools.Demo;

/// <summary>
/// Tells one deal's or lead's story for <see cref="DemoPipelineSeeder"/>, every choice drawn from one seeded random
/// source in a fixed order, so the same seed tells the same stories. Stays are measured against each stage's
/// configured limit, so the share of stuck deals comes out the same whatever the limits are.
/// </summary>
internal sealed partial class DemoStory(Random random, SalesPipeline pipeline, string currency, DateTimeOffset now)
{
    private readonly PipelineStage[] _open = [.. pipeline.OpenStages];
    private readonly HashSet<string> _emails = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _openDeals = new(StringComparer.Ordinal);

    public IReadOnlyList<int> Shuffled(int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }

    /// <summary>A deal of the company owned by the rep, open in about half the stories, else won or lost, with its lead.</summary>
    public (Lead Lead, Deal Deal) Deal(SalesRowFactory factory, string company, string ownerId)
    {
        var owner = Actor.Rep(ownerId);
        var roll = random.NextDouble();
        var outcome = roll < 0.5 ? DealOutcome.Open : roll < 0.78 ? DealOutcome.Won : DealOutcome.Lost;
        var reached = outcome == DealOutcome.Won ? _open.Length - 1 : random.Next(_open.Length);
        var stays = _open.Take(reached).Select(Stay).ToList();
        var closedAt = now - TimeSpan.FromDays(1 + (random.NextDouble() * 180));
        var lastStageAt = outcome == DealOutcome.Open ? now - TimeInStage(_open[reached], IsNextStuck(ownerId)) : closedAt - Stay(_open[reached]);
        var openedAt = stays.Aggregate(lastStageAt, (at, stay) => at - stay);
        var row = Contact(company, openedAt) with
        {
            OwnerRepId = ownerId,
            Status = reached > 0 && random.NextDouble() < 0.8 ? LeadStatus.SalesAccepted : LeadStatus.Sql,
            Deal = Opening(openedAt),
        };
        var (lead, opened) = factory.Create(row, DemoPipelineSeeder.Seeder, DemoPipelineSeeder.Reason);
        var deal = opened!;
        var at = openedAt;
        for (var i = 0; i < stays.Count; i++)
        {
            at += stays[i];
            deal.MoveTo(_open[i + 1].Name, pipeline, owner, at);
        }
        switch (outcome)
        {
            case DealOutcome.Open:
                KeepWorking(deal, owner, lastStageAt);
                break;
            case DealOutcome.Won:
                Win(deal, owner, closedAt);
                break;
            default:
                deal.Lose(Pick(LossReasons), pipeline, owner, closedAt);
                break;
        }
        return (lead, deal);
    }

    /// <summary>
    /// Whether the rep's next open deal is one of the stuck: every fifth from their second, so a rep with two open
    /// deals already has one to ask about, however few deals are seeded.
    /// </summary>
    private bool IsNextStuck(string ownerId)
    {
        var count = _openDeals.GetValueOrDefault(ownerId) + 1;
        _openDeals[ownerId] = count;
        return count % 5 == 2;
    }

    /// <summary>A lead of the company without a deal, from the last four months: mostly an MQL, else engaged or cold.</summary>
    public Lead LeadWithoutDeal(SalesRowFactory factory, string company)
    {
        var createdAt = now - TimeSpan.FromDays(random.NextDouble() * 120);
        var roll = random.NextDouble();
        var status = roll < 0.6 ? LeadStatus.Mql : roll < 0.8 ? LeadStatus.Engaged : LeadStatus.Cold;
        return factory.Create(Contact(company, createdAt) with { Status = status }, DemoPipelineSeeder.Seeder, DemoPipelineSeeder.Reason).Lead;
    }

    /// <summary>An open deal's present: maybe a pushed-back close date, usually a next step (some overdue), sometimes a note.</summary>
    private void KeepWorking(Deal deal, Actor owner, DateTimeOffset since)
    {
        var today = DateOf(now);
        if (random.NextDouble() < 0.15 && deal.ExpectedClose is { } promised)
        {
            var later = (promised > today ? promised : today).AddDays(14 + random.Next(30));
            deal.SetExpectedClose(later, owner, since);
        }
        if (random.NextDouble() < 0.85)
        {
            deal.SetNextStep(Pick(NextSteps), today.AddDays(random.Next(-6, 11)), owner, since);
        }
        if (random.NextDouble() < 0.3)
        {
            deal.AddNote(Pick(Notes), owner, since);
        }
    }

    /// <summary>Wins the deal; a customer won long enough ago may have moved on to the pipeline's next won stage.</summary>
    private void Win(Deal deal, Actor owner, DateTimeOffset closedAt)
    {
        deal.Win(Pick(WinReasons), pipeline, owner, closedAt);
        var movedOn = closedAt + TimeSpan.FromDays(30);
        if (pipeline.Stages.Where(s => s.Outcome == DealOutcome.Won).Skip(1).FirstOrDefault() is { } later
            && movedOn <= now && random.NextDouble() < 0.3)
        {
            deal.MoveTo(later.Name, pipeline, owner, movedOn);
        }
    }

    private LeadRow Contact(string company, DateTimeOffset createdAt)
    {
        var (first, last) = DemoNames.Person(random);
        var domain = DemoNames.Domain(company);
        var mailbox = DemoNames.Mailbox(first, last);
        var email = $"{mailbox}@{domain}";
        for (var n = 2; !_emails.Add(email); n++)
        {
            email = $"{mailbox}{n}@{domain}";
        }
        return new LeadRow
        {
            LeadId = NewId(), Company = company, ContactName = $"{first} {last}", Email = EmailAddress.Parse(email),
            ConsentGivenAt = createdAt, Status = LeadStatus.New, CreatedAt = createdAt,
        };
    }

    private DealRow Opening(DateTimeOffset openedAt) => new()
    {
        DealId = NewId(),
        Stage = pipeline.FirstStage,
        EnteredStageAt = openedAt,
        Value = new Money(Math.Max(1_000m, Math.Round(25_000m * (decimal)Math.Exp(0.7 * Gaussian()) / 500m) * 500m), currency),
        ExpectedClose = DateOf(openedAt + TimeSpan.FromDays(30 + random.Next(90))),
    };
}
