using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Tests.Reps;

/// <summary>
/// The real host on a fake clock, Tuesday 24 November 2026 10:00 UTC (Q4; Q3 before it), with this fixed pipeline
/// saved through the repositories, every deal built by the aggregate's own verbs (New business, EUR, 09:00 UTC):
/// <code>
/// anna  Acme Analytics   opened Nov 1, Qualification Nov 3, Meeting Nov 5, Proposal Nov 6 (stuck: 18 days over 14)  40,000
///                        expected Dec 15; next step "send the revised proposal" due Nov 20 (overdue); note Nov 10
/// anna  Globex           opened Nov 20 in Contact; next step "call Hans" due Nov 24 (today); expected Jan 20       10,000
/// anna  Initech          opened Sep 1, won Oct 10 (39 days)                                                       20,000
/// anna  Umbrella         opened Sep 15, lost Oct 20
/// ben   Stark Industries opened Nov 10, Negotiation Nov 12; next step "send the contract" due Dec 1; exp. Nov 30  60,000
/// ben   Acme Robotics    opened Nov 15 in Contact (stuck: 9 days over 7); next step "demo" due Dec 3              5,000
/// ben   Hooli            opened Jul 1, won Aug 15 (45 days)                                                       30,000
/// ben   Wayne            opened Jul 10, lost Sep 1
/// </code>
/// </summary>
internal sealed class PipelineFixture : IAsyncDisposable
{
    public const string AnnaTeamsId = "29:anna-novak";
    public const string BenTeamsId = "29:ben-carter";
    public const string MariaEntraId = "0d3f6a9b-7c1e-4f2a-8b5d-9e8f7a6b5c4d";

    public static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private PipelineFixture(BotTestHost host, FakeTimeProvider clock) => (Host, Clock) = (host, clock);

    public BotTestHost Host { get; }

    public FakeTimeProvider Clock { get; }

    public Deal Acme { get; private set; } = null!;

    public Deal Globex { get; private set; } = null!;

    public Deal Stark { get; private set; } = null!;

    public Deal AcmeRobotics { get; private set; } = null!;

    /// <summary>The host with the pipeline saved; <paramref name="services"/> may replace more services, e.g. to slow the store down.</summary>
    public static async Task<PipelineFixture> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var clock = new FakeTimeProvider(Now);
        var host = await BotTestHost.StartAsync(settings, s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            services?.Invoke(s);
        });
        var fixture = new PipelineFixture(host, clock);
        await fixture.SeedAsync();
        return fixture;
    }

    /// <summary>Anna, a rep, on Teams.</summary>
    public EmulatorClient Anna() => Host.NewRep(AnnaTeamsId);

    /// <summary>Ben, a rep, on Teams.</summary>
    public EmulatorClient Ben() => Host.NewRep(BenTeamsId);

    /// <summary>Maria, a manager, on Teams by her Entra object id.</summary>
    public EmulatorClient Maria() => Host.NewUser("msteams", "29:maria", MariaEntraId);

    /// <summary>The deal as stored now.</summary>
    public async Task<Deal> ReloadAsync(Deal deal) =>
        await Host.Service<IDealRepository>().GetAsync(deal.Id) ?? throw new InvalidOperationException($"Deal {deal.Id} is gone.");

    /// <summary>Saves an SQL lead the owner holds whose deal was never opened, qualified on the given day at 09:00 UTC.</summary>
    public async Task<Lead> SaveLeadWithoutDealAsync(string company, string owner, int month, int day)
    {
        var lead = Seed.QualifiedLead(Host, company, owner, Day(month, day));
        await Host.Service<ILeadRepository>().SaveAsync(lead);
        return lead;
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private async Task SeedAsync()
    {
        var seeds = new List<Seed>();
        Seed Open(string company, string owner, int month, int day)
        {
            var seed = new Seed(Host, company, owner, Day(month, day));
            seeds.Add(seed);
            return seed;
        }

        Acme = Open("Acme Analytics", "anna", 11, 1).Worth(40_000m).At(11, 3).MoveTo("Qualification").At(11, 5).MoveTo("Meeting").At(11, 6).MoveTo("Proposal")
            .ExpectedClose(2026, 12, 15).NextStep("send the revised proposal", 2026, 11, 20).At(11, 10).Note("Wants a two-year discount.").Deal;
        Globex = Open("Globex", "anna", 11, 20).Worth(10_000m).ExpectedClose(2027, 1, 20).NextStep("call Hans", 2026, 11, 24).Deal;
        Open("Initech", "anna", 9, 1).Worth(20_000m).At(10, 10).Win("signed the annual plan");
        Open("Umbrella", "anna", 9, 15).At(10, 20).Lose("chose a competitor");
        Stark = Open("Stark Industries", "ben", 11, 10).Worth(60_000m).ExpectedClose(2026, 11, 30).At(11, 12).MoveTo("Negotiation")
            .NextStep("send the contract", 2026, 12, 1).Deal;
        AcmeRobotics = Open("Acme Robotics", "ben", 11, 15).Worth(5_000m).NextStep("demo", 2026, 12, 3).Deal;
        Open("Hooli", "ben", 7, 1).Worth(30_000m).At(8, 15).Win("signed");
        Open("Wayne", "ben", 7, 10).At(9, 1).Lose("no budget");
        await Host.Service<ILeadRepository>().SaveBatchAsync([.. seeds.Select(s => s.Lead)], [.. seeds.Select(s => s.Deal)]);
    }

    private static DateTimeOffset Day(int month, int day) => new(2026, month, day, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A lead that named its company and qualified as an SQL for the owner, and the deal it opened, changed step by step as the owner.</summary>
    private sealed class Seed
    {
        private readonly SalesPipeline _pipeline;
        private readonly Actor _owner;
        private DateTimeOffset _now;

        public Seed(BotTestHost host, string company, string owner, DateTimeOffset openedAt)
        {
            _pipeline = host.Service<PipelineCatalog>().Default;
            _owner = Actor.Rep(owner);
            _now = openedAt;
            Lead = QualifiedLead(host, company, owner, openedAt);
            Deal = Deal.Open(Guid.NewGuid(), Lead, _pipeline, Actor.System, openedAt);
        }

        public static Lead QualifiedLead(BotTestHost host, string company, string owner, DateTimeOffset at)
        {
            var lead = Lead.Start(Guid.NewGuid(), new VisitorKey("webchat", $"seed-{company}"), at);
            lead.GiveConsent(at);
            lead.RecordInteraction(at);
            lead.RecordAnswer(host.Service<QualificationScript>().Find("company")!, company, company, at);
            lead.Qualify(LeadStatus.Sql, LeadScore.Zero, ["seeded"], Actor.System, at);
            lead.AssignOwner(owner, AssignmentMethod.RoundRobin, at);
            return lead;
        }

        public Lead Lead { get; }

        public Deal Deal { get; }

        public Seed At(int month, int day) { _now = Day(month, day); return this; }

        public Seed MoveTo(string stage) { Deal.MoveTo(stage, _pipeline, _owner, _now); return this; }

        public Seed Worth(decimal amount) { Deal.SetValue(new Money(amount, "EUR"), _owner, _now); return this; }

        public Seed ExpectedClose(int year, int month, int day) { Deal.SetExpectedClose(new DateOnly(year, month, day), _owner, _now); return this; }

        public Seed NextStep(string action, int year, int month, int day) { Deal.SetNextStep(action, new DateOnly(year, month, day), _owner, _now); return this; }

        public Seed Note(string text) { Deal.AddNote(text, _owner, _now); return this; }

        public Seed Win(string reason) { Deal.Win(reason, _pipeline, _owner, _now); return this; }

        public Seed Lose(string reason) { Deal.Lose(reason, _pipeline, _owner, _now); return this; }
    }
}
