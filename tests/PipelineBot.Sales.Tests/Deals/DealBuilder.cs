using Microsoft.Extensions.Time.Testing;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Tests.Leads;
using PipelineBot.Sales.Tests.Pipeline;

namespace PipelineBot.Sales.Tests.Deals;

/// <summary>
/// Builds a deal through the aggregate's own verbs on a clock of its own: it opens at the given time for a fresh SQL
/// lead, and each step happens <see cref="After"/> the previous one, as the owner.
/// </summary>
internal sealed class DealBuilder
{
    private readonly SalesPipeline _pipeline;
    private readonly Actor _owner;
    private DateTimeOffset _now;

    public DealBuilder(DateTimeOffset openedAt, string owner = "alice", string pipeline = TestPipelines.NewBusiness)
    {
        _pipeline = TestPipelines.Get(pipeline);
        _owner = Actor.Rep(owner);
        _now = openedAt;
        Lead = new LeadBuilder().WithClock(new FakeTimeProvider(openedAt)).AsSql(owner).Build();
        Deal = Deal.Open(Guid.NewGuid(), Lead, _pipeline, Actor.System, openedAt);
    }

    public Lead Lead { get; }

    public Deal Deal { get; }

    public DealBuilder After(double days) { _now = _now.AddDays(days); return this; }

    public DealBuilder At(DateTimeOffset time) { _now = time; return this; }

    public DealBuilder MoveTo(string stage) { Deal.MoveTo(stage, _pipeline, _owner, _now); return this; }

    public DealBuilder Win() { Deal.Win("signed", _pipeline, _owner, _now); return this; }

    public DealBuilder Lose() { Deal.Lose("went with a competitor", _pipeline, _owner, _now); return this; }

    public DealBuilder Worth(decimal amount, string currency = "EUR") { Deal.SetValue(new Money(amount, currency), _owner, _now); return this; }

    public DealBuilder ExpectedClose(DateOnly day) { Deal.SetExpectedClose(day, _owner, _now); return this; }

    public DealBuilder NextStep(string action, DateOnly due) { Deal.SetNextStep(action, due, _owner, _now); return this; }

    public DealBuilder Note(string text) { Deal.AddNote(text, _owner, _now); return this; }

    public Deal Build() => Deal;
}
