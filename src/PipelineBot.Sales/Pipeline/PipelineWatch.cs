using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Metrics;

namespace PipelineBot.Sales.Pipeline;

/// <summary>
/// The pipeline checks reps and managers ask for: stuck deals, deals needing attention, who to call today and owned
/// leads without a deal gone silent, for one rep or (null) everyone. Reads through <see cref="IDealRepository"/> and
/// <see cref="ILeadRepository"/>, judges with <see cref="StuckRule"/>, <see cref="DealTriage"/> and <see cref="SilentLead"/>.
/// </summary>
public sealed class PipelineWatch
{
    private readonly IDealRepository _deals;
    private readonly ILeadRepository _leads;
    private readonly PipelineCatalog _pipelines;
    private readonly PipelineOptions _options;
    private readonly StuckRule _rule;
    private readonly DealTriage _triage;
    private readonly CompanyClock _clock;

    /// <summary>Creates the checks over the store, the configured pipelines and the clock.</summary>
    public PipelineWatch(IDealRepository deals, ILeadRepository leads, PipelineCatalog pipelines, PipelineOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_deals, _leads, _pipelines, _options) = (deals, leads, pipelines, options);
        _rule = new StuckRule(options.Stuck);
        _triage = new DealTriage(new DealValuation(pipelines, options.Currency), options.SilentAfter);
        _clock = new CompanyClock(time, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone));
    }

    /// <summary>
    /// The stuck deals, longest past their limit first. Each stage's store query asks only for deals that entered it
    /// before now minus the stage's limit, so the answer costs what is stuck, not what is stored.
    /// </summary>
    public async Task<IReadOnlyList<StuckDeal>> FindStuckAsync(string? ownerRepId, CancellationToken cancellationToken = default)
    {
        var now = _clock.Now();
        var stuck = new List<StuckDeal>();
        foreach (var limit in await StageLimitsAsync(cancellationToken))
        {
            if (limit.Effective is not { } effective)
            {
                continue;
            }
            var candidates = await _deals.FindEnteredStageBeforeAsync(limit.Stage.Pipeline, limit.Stage.Name, now - effective, ownerRepId, cancellationToken);
            stuck.AddRange(candidates.Select(deal => StuckRule.Check(deal, limit, now)).OfType<StuckDeal>());
        }
        return [.. stuck.OrderByDescending(s => s.InStage - s.Limit.Effective!.Value).ThenBy(s => s.Deal.Id)];
    }

    /// <summary>
    /// The leads a rep holds without a deal that have been quiet for <see cref="PipelineOptions.SilentAfter"/>, quietest
    /// first: no deal watches them, so without this they would drop out of sight. The store is asked only for leads
    /// quiet since then, like <see cref="FindStuckAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<SilentLead>> FindSilentLeadsAsync(string? ownerRepId, CancellationToken cancellationToken = default)
    {
        var now = _clock.Now();
        var candidates = await _leads.FindAwaitingOwnerQuietSinceAsync(now - _options.SilentAfter, ownerRepId, cancellationToken);
        return [.. candidates.Select(lead => SilentLead.Check(lead, _options.SilentAfter, now)).OfType<SilentLead>()
            .OrderByDescending(s => s.QuietFor).ThenBy(s => s.LeadId)];
    }

    /// <summary>Every open deal checked against every rule (<see cref="DealTriage.Assess"/>), those needing attention only.</summary>
    public async Task<IReadOnlyList<DealAttention>> ReviewAsync(string? ownerRepId, CancellationToken cancellationToken = default)
    {
        var now = _clock.Now();
        var today = _clock.DateOf(now);
        var limits = await StageLimitsAsync(cancellationToken);
        var open = await _deals.FindOpenAsync(ownerRepId, cancellationToken);
        return [.. open
            .Select(deal => _triage.Assess(deal, LimitOf(deal, limits), today, now))
            .Where(a => a.Reasons.Count > 0)
            .OrderBy(a => a.Reasons[0])
            .ThenBy(a => a.Deal.Id)];
    }

    /// <summary>
    /// "Who should I call today": the deals of one rep, or (null) of everyone for a manager, that need attention,
    /// ranked by <see cref="DealTriage.RankCalls"/>.
    /// </summary>
    public async Task<IReadOnlyList<DealAttention>> WhoToCallAsync(string? ownerRepId, int count = 10, CancellationToken cancellationToken = default) =>
        DealTriage.RankCalls(await ReviewAsync(ownerRepId, cancellationToken), count);

    /// <summary>One deal checked against every rule, e.g. for the card that shows it; a closed deal needs no attention.</summary>
    public async Task<DealAttention> AssessAsync(DealSummary deal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var now = _clock.Now();
        if (deal.Outcome != DealOutcome.Open)
        {
            return new DealAttention(deal, [], null, now - deal.LastActivityAt, 0m);
        }
        var stage = _pipelines.Find(deal.Pipeline, deal.Stage);
        var limit = stage is null
            ? null
            : _rule.LimitFor(stage, await _deals.GetRecentDwellsAsync(stage.Pipeline, stage.Name, _options.Stuck.RecentDwells, cancellationToken));
        return _triage.Assess(deal, limit, _clock.DateOf(now), now);
    }

    private StageLimit? LimitOf(DealSummary deal, IReadOnlyList<StageLimit> limits) =>
        _pipelines.Find(deal.Pipeline, deal.Stage) is { } stage ? limits.FirstOrDefault(l => l.Stage == stage) : null;

    private async Task<IReadOnlyList<StageLimit>> StageLimitsAsync(CancellationToken cancellationToken)
    {
        var limits = new List<StageLimit>();
        foreach (var pipeline in _pipelines.Pipelines)
        {
            foreach (var stage in pipeline.OpenStages)
            {
                var dwells = await _deals.GetRecentDwellsAsync(pipeline.Name, stage.Name, _options.Stuck.RecentDwells, cancellationToken);
                limits.Add(_rule.LimitFor(stage, dwells));
            }
        }
        return limits;
    }
}
