using PipelineBot.Sales.Leads;

namespace PipelineBot.Sales.Deals;

/// <summary>
/// An opportunity opened when a lead becomes sales-qualified. Deliberately minimal: stage definitions and rules
/// arrive with the pipeline issue, so a stage is just a configured name here.
/// </summary>
public sealed class Deal
{
    private readonly List<DealStageChange> _history = [];

    private Deal(Guid id, Guid leadId, string? company, string? ownerRepId, string stage, DateTimeOffset openedAt)
    {
        Id = id;
        LeadId = leadId;
        Company = company;
        OwnerRepId = ownerRepId;
        Stage = stage;
        OpenedAt = openedAt;
        StageHistory = _history.AsReadOnly();
    }

    /// <summary>Opens the deal for a sales-qualified lead in the pipeline's first stage and links it to the lead.</summary>
    /// <exception cref="SalesDomainException">The lead is not SQL or already has a deal.</exception>
    public static Deal Open(Guid id, Lead lead, string firstStageName, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentException.ThrowIfNullOrWhiteSpace(firstStageName);
        ArgumentNullException.ThrowIfNull(by);
        var deal = new Deal(id, lead.Id, lead.Company ?? lead.CompanyDomain, lead.OwnerRepId, firstStageName, now);
        lead.LinkDeal(id);
        deal._history.Add(new DealStageChange(id, 1, null, firstStageName, by, now));
        return deal;
    }

    /// <summary>Rebuilds a deal a store read back.</summary>
    public static Deal FromSnapshot(DealSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var deal = new Deal(snapshot.Id, snapshot.LeadId, snapshot.Company, snapshot.OwnerRepId, snapshot.Stage, snapshot.OpenedAt)
        {
            Version = snapshot.Version,
        };
        deal._history.AddRange(snapshot.StageHistory);
        if (deal._history.Count == 0 || deal._history[^1].To != deal.Stage)
        {
            throw new SalesDomainException($"Deal {deal.Id} is in stage '{deal.Stage}' but its history does not end there.");
        }
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

    /// <summary>The name of the pipeline stage the deal is in.</summary>
    public string Stage { get; private set; }

    /// <summary>When the deal opened.</summary>
    public DateTimeOffset OpenedAt { get; }

    /// <summary>The append-only stage history, oldest first, starting with the opening.</summary>
    public IReadOnlyList<DealStageChange> StageHistory { get; }

    /// <summary>The stored version, for optimistic concurrency like <see cref="Lead.Version"/>.</summary>
    public long Version { get; private set; }

    /// <summary>Moves the deal to another stage; the pipeline issue adds which moves are allowed.</summary>
    public void MoveTo(string stageName, Actor by, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stageName);
        ArgumentNullException.ThrowIfNull(by);
        if (stageName == Stage)
        {
            throw new SalesDomainException($"Deal {Id} is already in stage '{Stage}'.");
        }
        _history.Add(new DealStageChange(Id, _history.Count + 1, Stage, stageName, by, now));
        Stage = stageName;
    }

    /// <summary>Makes a rep the deal's owner, e.g. after the lead was reassigned.</summary>
    public void AssignOwner(string repId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repId);
        OwnerRepId = repId;
    }

    /// <summary>Copies the deal's state into plain data for a store to write.</summary>
    public DealSnapshot ToSnapshot() => new()
    {
        Id = Id, LeadId = LeadId, Company = Company, OwnerRepId = OwnerRepId, Stage = Stage,
        OpenedAt = OpenedAt, StageHistory = [.. _history], Version = Version,
    };

    /// <summary>Called by a repository once a save has committed, so the next save expects the new version.</summary>
    public void ConfirmSaved(long version)
    {
        if (version <= Version)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, $"A save must move deal {Id} past version {Version}.");
        }
        Version = version;
    }
}
