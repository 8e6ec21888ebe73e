using PipelineBot.Sales.Qualification;

namespace PipelineBot.Sales.Leads;

/// <summary>The seam to storage: snapshots out and in, and the version a successful save leaves behind.</summary>
public sealed partial class Lead
{
    /// <summary>Copies the lead's state into plain data for a store to write.</summary>
    public LeadSnapshot ToSnapshot() => new()
    {
        Id = Id, Visitor = Visitor, CreatedAt = CreatedAt,
        Name = Name, WorkEmail = WorkEmail?.Value, Company = Company, Role = Role,
        Industry = Industry, CompanySize = CompanySize, Region = Region, ConsentGivenAt = ConsentGivenAt,
        Answers = [.. _answers.Values], Interactions = Interactions, LastInteractionAt = LastInteractionAt,
        Status = Status, MarkedForNurture = MarkedForNurture, Score = Score, Reasons = _reasons,
        OwnerRepId = OwnerRepId, OwnerAssignedBy = OwnerAssignedBy, OwnerAssignedAt = OwnerAssignedAt,
        DealId = DealId, DemoRequested = DemoRequested, QuoteRequested = QuoteRequested, ErasedAt = ErasedAt,
        History = [.. _history], LastActivityAt = LastActivityAt, AwaitsOwner = AwaitsOwner, Version = Version,
    };

    /// <summary>Rebuilds a lead a store read back; refuses data no sequence of verbs could have produced.</summary>
    /// <exception cref="SalesDomainException">The snapshot is inconsistent, e.g. a gap in the history.</exception>
    public static Lead FromSnapshot(LeadSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var lead = new Lead(snapshot.Id, snapshot.Visitor, snapshot.CreatedAt)
        {
            Name = snapshot.Name, WorkEmail = snapshot.WorkEmail is { } email ? EmailAddress.Parse(email) : null,
            Company = snapshot.Company, Role = snapshot.Role, Industry = snapshot.Industry,
            CompanySize = snapshot.CompanySize, Region = snapshot.Region, ConsentGivenAt = snapshot.ConsentGivenAt,
            Interactions = snapshot.Interactions, LastInteractionAt = snapshot.LastInteractionAt,
            Status = snapshot.Status, MarkedForNurture = snapshot.MarkedForNurture, Score = snapshot.Score,
            _reasons = [.. snapshot.Reasons], OwnerRepId = snapshot.OwnerRepId, OwnerAssignedBy = snapshot.OwnerAssignedBy,
            OwnerAssignedAt = snapshot.OwnerAssignedAt, DealId = snapshot.DealId, DemoRequested = snapshot.DemoRequested,
            QuoteRequested = snapshot.QuoteRequested, ErasedAt = snapshot.ErasedAt, Version = snapshot.Version,
        };
        foreach (var answer in snapshot.Answers)
        {
            if (!lead._answers.TryAdd(answer.QuestionId, answer))
            {
                throw new SalesDomainException($"Lead {snapshot.Id} has two answers to question '{answer.QuestionId}'.");
            }
        }
        lead.RestoreHistory(snapshot.History);
        return lead;
    }

    /// <summary>
    /// Called by a repository once a save has committed, so the next save of this instance expects the new version.
    /// </summary>
    public void ConfirmSaved(long version)
    {
        if (version <= Version)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, $"A save must move lead {Id} past version {Version}.");
        }
        Version = version;
    }

    private void RestoreHistory(IReadOnlyList<LeadStatusChange> history)
    {
        var expectedFrom = LeadStatus.New;
        foreach (var change in history)
        {
            if (change.LeadId != Id || change.Sequence != _history.Count + 1 || change.From != expectedFrom)
            {
                throw new SalesDomainException(
                    $"Lead {Id} has a broken history at entry {_history.Count + 1}: got #{change.Sequence} of lead {change.LeadId} from {change.From}.");
            }
            _history.Add(change);
            expectedFrom = change.To;
        }
        if (expectedFrom != Status)
        {
            throw new SalesDomainException($"Lead {Id} is {Status} but its history ends at {expectedFrom}.");
        }
    }
}
