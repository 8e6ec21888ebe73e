using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Sales.Deals;

/// <summary>
/// An opportunity opened when a lead becomes sales-qualified: its pipeline stage, value, expected close date, next
/// step and notes. State changes only through domain verbs (split by concern into partial files), each recorded in
/// the append-only <see cref="History"/>; stage moves are checked against the deal's <see cref="SalesPipeline"/>.
/// </summary>
public sealed partial class Deal
{
    private readonly List<DealChange> _history = [];
    private readonly List<DealNote> _notes = [];

    private Deal(Guid id, Guid leadId, string? company, string pipeline, DateTimeOffset openedAt)
    {
        Id = id;
        LeadId = leadId;
        Company = company;
        Pipeline = pipeline;
        OpenedAt = openedAt;
        History = _history.AsReadOnly();
        Notes = _notes.AsReadOnly();
    }

    /// <summary>Opens the deal for a sales-qualified lead in the pipeline's first stage, owned by the lead's owner, and links it to the lead.</summary>
    /// <exception cref="SalesDomainException">The lead is not SQL or already has a deal.</exception>
    public static Deal Open(Guid id, Lead lead, SalesPipeline pipeline, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(by);
        var deal = new Deal(id, lead.Id, lead.Company ?? lead.CompanyDomain, pipeline.Name, now)
        {
            OwnerRepId = lead.OwnerRepId,
            Stage = pipeline.FirstStage.Name,
            EnteredStageAt = now,
        };
        lead.LinkDeal(id);
        deal.Record(DealChangeKind.Opened, null, deal.Stage, by, now);
        return deal;
    }

    /// <summary>The deal's identity.</summary>
    public Guid Id { get; }

    /// <summary>The lead the deal was opened for.</summary>
    public Guid LeadId { get; }

    /// <summary>The company named by the lead (or its email domain) when the deal opened.</summary>
    public string? Company { get; }

    /// <summary>The rep who owns the deal; null while routing found nobody.</summary>
    public string? OwnerRepId { get; private set; }

    /// <summary>The name of the pipeline the deal runs through.</summary>
    public string Pipeline { get; }

    /// <summary>The name of the pipeline stage the deal is in.</summary>
    public string Stage { get; private set; } = string.Empty;

    /// <summary>When the deal entered its current stage, which the stuck rule measures from.</summary>
    public DateTimeOffset EnteredStageAt { get; private set; }

    /// <summary>
    /// Until when the stuck warning stays silent in the current stage; null when it is not snoozed. Entering another
    /// stage ends the snooze, since the stay it excused is over.
    /// </summary>
    public DateTimeOffset? StuckWarningSnoozedUntil { get; private set; }

    /// <summary>Open until the deal enters a won or lost stage.</summary>
    public DealOutcome Outcome { get; private set; }

    /// <summary>When the deal was won or lost; null while open.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Why the deal was won or lost; null while open.</summary>
    public string? CloseReason { get; private set; }

    /// <summary>When the deal opened.</summary>
    public DateTimeOffset OpenedAt { get; }

    /// <summary>What the deal is worth; null until a rep says.</summary>
    public Money? Value { get; private set; }

    /// <summary>The day the deal is expected to close, in the company's time zone; null until a rep says.</summary>
    public DateOnly? ExpectedClose { get; private set; }

    /// <summary>What the owner will do next, and by when; null when nobody has said.</summary>
    public NextStep? NextStep { get; private set; }

    /// <summary>The notes, oldest first.</summary>
    public IReadOnlyList<DealNote> Notes { get; }

    /// <summary>Every change since the deal opened, oldest first, numbered from 1 without gaps.</summary>
    public IReadOnlyList<DealChange> History { get; }

    /// <summary>The stored version, for optimistic concurrency like <see cref="Lead.Version"/>.</summary>
    public long Version { get; private set; }

    /// <summary>How often the expected close date was pushed later.</summary>
    public int ExpectedClosePushBacks => _history.Count(c => c.Kind == DealChangeKind.ExpectedClosePushedBack);

    /// <summary>When anything was last recorded on the deal, a change or a note: the gone-silent rule measures from it.</summary>
    public DateTimeOffset LastActivityAt => _notes.Count > 0 && _notes[^1].At > _history[^1].At ? _notes[^1].At : _history[^1].At;

    /// <summary>The stage the deal was in at the given time; null before it opened.</summary>
    public string? StageAt(DateTimeOffset at) => _history.LastOrDefault(c => c.EntersStage && c.At <= at)?.To;

    /// <summary>The deal's finished stays in its stages, oldest first.</summary>
    public IReadOnlyList<StageDwell> CompletedDwells() => StageDwell.Of(_history);

    private void Record(DealChangeKind kind, string? from, string to, Actor by, DateTimeOffset now, string? reason = null)
    {
        if (_history.Count > 0 && now < _history[^1].At)
        {
            // Dwell times are differences between entries, so an entry dated before the last would make one negative.
            throw new ArgumentOutOfRangeException(nameof(now), now, $"Deal {Id} last changed at {_history[^1].At:O}; a change cannot predate it.");
        }
        _history.Add(new DealChange(Id, _history.Count + 1, kind, from, to, by, now, reason));
    }
}
