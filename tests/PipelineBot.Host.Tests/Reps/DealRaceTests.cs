using Microsoft.Extensions.DependencyInjection;
using PipelineBot.Host.Tests.Cards;
using PipelineBot.Sales.Deals;
using PipelineBot.Storage.Deals;

namespace PipelineBot.Host.Tests.Reps;

/// <summary>
/// A rep and a manager advance the same deal at the same moment through the real host: both load it before either
/// saves (the store is made to wait for the second load), so exactly one change wins and the other is told the deal
/// changed meanwhile and where it is now; the history gains one entry and has no gap.
/// </summary>
public sealed class DealRaceTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Advance_RepAndManagerAtOnce_ExactlyOneWins_TheOtherIsToldWhereItIsNow(bool annaClicksTheCard)
    {
        var loads = new SimultaneousLoads(2);
        await using var fixture = await PipelineFixture.StartAsync(services: loads.Install);
        var (anna, maria) = (fixture.Anna(), fixture.Maria());
        var advance = annaClicksTheCard ? CardAssert.Action((await anna.AskAsync("show Acme")).Card(), "Advance to Negotiation") : null;
        loads.Arm();

        var replies = await Task.WhenAll(
            advance is null ? anna.AskAsync("advance Acme") : anna.ClickAsync(advance),
            maria.AskAsync("advance Acme Analytics"));

        Assert.True(loads.Met, "Both turns should have loaded the deal before either saved.");
        const string moved = "Moved Acme Analytics from Proposal to Negotiation.";
        const string changed = "Acme Analytics changed while you were working on it and is now in Negotiation, so I changed nothing. Look at it again and retry if it still makes sense.";
        Assert.Equal([changed, moved], replies.Select(r => r.Text!).Order(StringComparer.Ordinal));
        var deal = await fixture.ReloadAsync(fixture.Acme);
        Assert.Equal(("Negotiation", fixture.Acme.Version + 1), (deal.Stage, deal.Version));
        Assert.Equal(Enumerable.Range(1, fixture.Acme.History.Count + 1), deal.History.Select(c => c.Sequence));
        var entry = Assert.Single(deal.History.Skip(fixture.Acme.History.Count));
        Assert.Equal((DealChangeKind.StageMoved, "Proposal", "Negotiation"), (entry.Kind, entry.From, entry.To));
        var winner = replies[0].Text == moved ? "Rep:anna" : "Rep:maria";
        Assert.Equal(winner, entry.By.ToString());
    }

    /// <summary>
    /// The deal store, except that once armed the first <c>together</c> loads each wait, after reading, until all of
    /// them have read: the moment two people open the same version.
    /// </summary>
    private sealed class SimultaneousLoads(int together)
    {
        private readonly TaskCompletionSource _allLoaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _waiting = -1;

        public void Install(IServiceCollection services)
        {
            services.AddSingleton<LiteDbDealRepository>();
            services.AddSingleton<IDealRepository>(sp => new Store(sp.GetRequiredService<LiteDbDealRepository>(), this));
        }

        public void Arm() => Volatile.Write(ref _waiting, 0);

        public bool Met => _allLoaded.Task.IsCompletedSuccessfully;

        private async Task WaitForTheOthersAsync(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref _waiting) < 0)
            {
                return;
            }
            var arrived = Interlocked.Increment(ref _waiting);
            if (arrived > together)
            {
                return;
            }
            if (arrived == together)
            {
                _allLoaded.SetResult();
            }
            await _allLoaded.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }

        private sealed class Store(IDealRepository inner, SimultaneousLoads loads) : IDealRepository
        {
            public async Task<Deal?> GetAsync(Guid id, CancellationToken cancellationToken = default)
            {
                var deal = await inner.GetAsync(id, cancellationToken);
                await loads.WaitForTheOthersAsync(cancellationToken);
                return deal;
            }

            public Task SaveAsync(Deal deal, CancellationToken cancellationToken = default) => inner.SaveAsync(deal, cancellationToken);

            public Task<IReadOnlyList<DealSummary>> FindOpenAsync(string? ownerRepId, CancellationToken cancellationToken = default) =>
                inner.FindOpenAsync(ownerRepId, cancellationToken);

            public Task<IReadOnlyList<DealSummary>> FindEnteredStageBeforeAsync(
                string pipeline, string stage, DateTimeOffset enteredBefore, string? ownerRepId, CancellationToken cancellationToken = default) =>
                inner.FindEnteredStageBeforeAsync(pipeline, stage, enteredBefore, ownerRepId, cancellationToken);

            public Task<IReadOnlyList<TimeSpan>> GetRecentDwellsAsync(string pipeline, string stage, int count, CancellationToken cancellationToken = default) =>
                inner.GetRecentDwellsAsync(pipeline, stage, count, cancellationToken);

            public Task<IReadOnlyList<DealSummary>> FindOpenExpectedToCloseAsync(DateOnly from, DateOnly until, string? ownerRepId, CancellationToken cancellationToken = default) =>
                inner.FindOpenExpectedToCloseAsync(from, until, ownerRepId, cancellationToken);

            public Task<IReadOnlyList<Deal>> FindOpenOrClosedSinceAsync(DateTimeOffset since, string? ownerRepId, CancellationToken cancellationToken = default) =>
                inner.FindOpenOrClosedSinceAsync(since, ownerRepId, cancellationToken);
        }
    }
}
