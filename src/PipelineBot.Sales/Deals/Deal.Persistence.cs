using System.Globalization;

namespace PipelineBot.Sales.Deals;

/// <summary>The seam to storage: snapshots out and in, and the version a successful save leaves behind.</summary>
public sealed partial class Deal
{
    /// <summary>Copies the deal's state into plain data for a store to write.</summary>
    public DealSnapshot ToSnapshot() => new()
    {
        Id = Id, LeadId = LeadId, Company = Company, OwnerRepId = OwnerRepId, Pipeline = Pipeline, Stage = Stage,
        Outcome = Outcome, OpenedAt = OpenedAt, ClosedAt = ClosedAt, CloseReason = CloseReason, Value = Value,
        ExpectedClose = ExpectedClose, NextStep = NextStep, Notes = [.. _notes], History = [.. _history], Version = Version,
    };

    /// <summary>The deal as lists show it.</summary>
    public DealSummary ToSummary() => new()
    {
        Id = Id, LeadId = LeadId, Company = Company, OwnerRepId = OwnerRepId, Pipeline = Pipeline, Stage = Stage,
        EnteredStageAt = EnteredStageAt, Outcome = Outcome, OpenedAt = OpenedAt, Value = Value, ExpectedClose = ExpectedClose,
        ExpectedClosePushBacks = ExpectedClosePushBacks, NextStep = NextStep, LastActivityAt = LastActivityAt,
        StuckWarningSnoozedUntil = StuckWarningSnoozedUntil, Version = Version,
    };

    /// <summary>Rebuilds a deal a store read back; refuses a history no sequence of verbs could have produced.</summary>
    /// <exception cref="SalesDomainException">The snapshot is inconsistent, e.g. a gap in the history.</exception>
    public static Deal FromSnapshot(DealSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var deal = new Deal(snapshot.Id, snapshot.LeadId, snapshot.Company, snapshot.Pipeline, snapshot.OpenedAt)
        {
            OwnerRepId = snapshot.OwnerRepId, Stage = snapshot.Stage, Outcome = snapshot.Outcome, ClosedAt = snapshot.ClosedAt,
            CloseReason = snapshot.CloseReason, Value = snapshot.Value, ExpectedClose = snapshot.ExpectedClose,
            NextStep = snapshot.NextStep, Version = snapshot.Version,
        };
        for (var i = 0; i < snapshot.History.Count; i++)
        {
            if (snapshot.History[i] is not { } change || change.DealId != deal.Id || change.Sequence != i + 1 || (i == 0) != (change.Kind == DealChangeKind.Opened))
            {
                throw new SalesDomainException($"Deal {deal.Id} has a broken history at entry {i + 1}.");
            }
        }
        deal._history.AddRange(snapshot.History);
        deal._notes.AddRange(snapshot.Notes);
        if (deal._history.LastOrDefault(c => c.EntersStage) is not { } entered || entered.To != deal.Stage)
        {
            throw new SalesDomainException($"Deal {deal.Id} is in stage '{deal.Stage}' but its history does not end there.");
        }
        deal.EnteredStageAt = entered.At;
        // Like the stage's entry time, the snooze is read back from the history: the last one since the deal entered its stage.
        deal.StuckWarningSnoozedUntil = deal._history.LastOrDefault(c => c.Kind == DealChangeKind.StuckWarningSnoozed && c.Sequence > entered.Sequence) is { } snooze
            ? DateTimeOffset.Parse(snooze.To, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : null;
        return deal;
    }

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
