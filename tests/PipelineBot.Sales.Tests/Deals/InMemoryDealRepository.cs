using PipelineBot.Sales.Deals;

namespace PipelineBot.Sales.Tests.Deals;

/// <summary>A deal repository over snapshots in memory, answering the queries by scanning, for the services' tests.</summary>
internal sealed class InMemoryDealRepository : IDealRepository
{
    private readonly Dictionary<Guid, DealSnapshot> _deals = [];

    public void Add(params Deal[] deals)
    {
        foreach (var deal in deals)
        {
            _deals[deal.Id] = deal.ToSnapshot();
        }
    }

    public Task<Deal?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_deals.TryGetValue(id, out var s) ? Deal.FromSnapshot(s) : null);

    public Task SaveAsync(Deal deal, CancellationToken cancellationToken = default)
    {
        var stored = _deals.TryGetValue(deal.Id, out var s) ? s.Version : 0;
        if (stored != deal.Version)
        {
            throw new ConcurrencyConflictException($"Deal {deal.Id} is at version {stored}, not {deal.Version}.");
        }
        deal.ConfirmSaved(stored + 1);
        _deals[deal.Id] = deal.ToSnapshot();
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DealSummary>> FindOpenAsync(string? ownerRepId, CancellationToken cancellationToken = default) =>
        Summarize(d => d.Outcome == DealOutcome.Open, ownerRepId);

    public Task<IReadOnlyList<DealSummary>> FindEnteredStageBeforeAsync(
        string pipeline, string stage, DateTimeOffset enteredBefore, string? ownerRepId, CancellationToken cancellationToken = default) =>
        Summarize(d => d.Pipeline == pipeline && d.Stage == stage && d.EnteredStageAt < enteredBefore, ownerRepId);

    public Task<IReadOnlyList<TimeSpan>> GetRecentDwellsAsync(string pipeline, string stage, int count, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TimeSpan>>([.. All()
            .Where(d => d.Pipeline == pipeline)
            .SelectMany(d => d.CompletedDwells())
            .Where(d => d.Stage == stage)
            .OrderByDescending(d => d.LeftAt)
            .Take(count)
            .Select(d => d.Duration)]);

    public Task<IReadOnlyList<DealSummary>> FindOpenExpectedToCloseAsync(DateOnly from, DateOnly until, string? ownerRepId, CancellationToken cancellationToken = default) =>
        Summarize(d => d.Outcome == DealOutcome.Open && d.ExpectedClose >= from && d.ExpectedClose < until, ownerRepId);

    public Task<IReadOnlyList<Deal>> FindOpenOrClosedSinceAsync(DateTimeOffset since, string? ownerRepId, CancellationToken cancellationToken = default) =>
        Find(d => d.Outcome == DealOutcome.Open || d.ClosedAt >= since, ownerRepId);

    private IEnumerable<Deal> All() => _deals.Values.Select(Deal.FromSnapshot);

    private Task<IReadOnlyList<Deal>> Find(Func<Deal, bool> match, string? ownerRepId) =>
        Task.FromResult<IReadOnlyList<Deal>>([.. All().Where(d => match(d) && (ownerRepId is null || d.OwnerRepId == ownerRepId))]);

    private async Task<IReadOnlyList<DealSummary>> Summarize(Func<Deal, bool> match, string? ownerRepId) =>
        [.. (await Find(match, ownerRepId)).Select(d => d.ToSummary())];
}
