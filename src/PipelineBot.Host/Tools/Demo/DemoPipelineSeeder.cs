using PipelineBot.Host.Tools.Transfer;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Tools.Demo;

/// <summary>
/// Makes a believable pipeline to try the rep side on: deals in every stage of the default pipeline, owned in turn by
/// the configured reps, each with the history a real one would have (a stay in every stage it passed, then won,
/// lost or still open), plus leads that have no deal yet. The same seed, configuration and clock always make the same
/// data. See <see cref="DemoPipelineSeeder.Seed"/> for the shape.
/// </summary>
public sealed class DemoPipelineSeeder(SalesRowFactory factory, PipelineCatalog pipelines, PipelineOptions options, TimeProvider time)
{
    /// <summary>The seed of the shipped demo, so everyone who runs it sees the same deals.</summary>
    public const int DefaultSeed = 20260115;

    /// <summary>The most deals the demo makes: one per distinct company name.</summary>
    public static int MaxDeals => DemoNames.CompanyCount;

    /// <summary>Who a demo change is recorded as made by, when it is not a rep.</summary>
    public static Actor Seeder { get; } = new(ActorKind.System, "seed-demo");

    /// <summary>Why, as the demo leads' histories record it.</summary>
    public const string Reason = "demo data";

    /// <summary>
    /// Makes <paramref name="dealCount"/> deals for the reps and a third as many leads without one. About half the deals
    /// are open, spread over the open stages; a fifth of those have sat in their stage past its limit, so they are
    /// stuck. Of the open deals some had their close date pushed back, a few have no next step and some next steps
    /// are overdue. The rest were won (some since moved to a later won stage) or lost over the last six months, so
    /// the reports have a quarter to compare with the one before. The leads without a deal are MQLs, engaged or cold.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is not from 1 to <see cref="MaxDeals"/>, or there are no reps.</exception>
    public DemoPipeline Seed(int dealCount, IReadOnlyList<string> repIds, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dealCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dealCount, MaxDeals);
        ArgumentNullException.ThrowIfNull(repIds);
        ArgumentOutOfRangeException.ThrowIfZero(repIds.Count);
        var story = new DemoStory(new Random(seed), pipelines.Default, options.Currency, time.GetUtcNow());
        var companies = story.Shuffled(DemoNames.CompanyCount);
        var leads = new List<Lead>();
        var deals = new List<Deal>();
        for (var i = 0; i < dealCount; i++)
        {
            var (lead, deal) = story.Deal(factory, DemoNames.Company(companies[i]), repIds[i % repIds.Count]);
            leads.Add(lead);
            deals.Add(deal);
        }
        for (var i = 0; i < Math.Max(1, dealCount / 3); i++)
        {
            leads.Add(story.LeadWithoutDeal(factory, DemoNames.Company(companies[(dealCount + i) % companies.Count])));
        }
        return new DemoPipeline(leads, deals);
    }
}
