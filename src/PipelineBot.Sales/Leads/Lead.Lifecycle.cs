namespace PipelineBot.Sales.Leads;

/// <summary>
/// Status moves, ownership and the sales-accepted step; every status move goes through <see cref="MoveTo"/>, every
/// reassignment through <see cref="Reassign"/>.
/// </summary>
public sealed partial class Lead
{
    /// <summary>
    /// Qualifies an engaged lead (or re-scores an MQL) as MQL or SQL. An engaged lead reaching SQL passes through MQL,
    /// so both steps are in the history and funnel counts add up. An MQL is marked for nurture; an SQL is not.
    /// </summary>
    /// <param name="target"><see cref="LeadStatus.Mql"/> or <see cref="LeadStatus.Sql"/>.</param>
    /// <param name="score">The score behind the decision.</param>
    /// <param name="reasons">Why, for the history and the rep's summary.</param>
    /// <param name="by">Who decided, normally <see cref="Actor.System"/>.</param>
    /// <param name="now">The current time.</param>
    public void Qualify(LeadStatus target, LeadScore score, IReadOnlyList<string> reasons, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(reasons);
        if (target is not (LeadStatus.Mql or LeadStatus.Sql))
        {
            throw new SalesDomainException($"Qualify moves a lead to Mql or Sql, not {target}; use MarkCold to disqualify it.");
        }
        if (Status is not (LeadStatus.Engaged or LeadStatus.Mql))
        {
            throw new SalesDomainException($"Lead {Id} is {Status}; only an Engaged lead or an Mql can be qualified.");
        }
        var why = Explain(reasons);
        Score = score;
        _reasons = [.. reasons];
        if (Status == LeadStatus.Engaged)
        {
            MoveTo(LeadStatus.Mql, by, why, now);
        }
        if (target == LeadStatus.Sql)
        {
            MoveTo(LeadStatus.Sql, by, why, now);
        }
        MarkedForNurture = target == LeadStatus.Mql;
    }

    /// <summary>Puts an engaged lead on the cold list with the reasons, e.g. which BANT dimensions were negative and why.</summary>
    public void MarkCold(IReadOnlyList<string> reasons, LeadScore score, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        ArgumentNullException.ThrowIfNull(score);
        if (reasons.Count == 0)
        {
            throw new SalesDomainException($"Lead {Id} cannot be marked cold without a reason.");
        }
        MoveTo(LeadStatus.Cold, by, Explain(reasons), now);
        Score = score;
        _reasons = [.. reasons];
        MarkedForNurture = false;
    }

    /// <summary>Makes a rep the owner of a sales-qualified lead; reassigning replaces the owner.</summary>
    public void AssignOwner(string repId, AssignmentMethod method, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repId);
        if (Status is not (LeadStatus.Sql or LeadStatus.SalesAccepted))
        {
            throw new SalesDomainException($"Lead {Id} is {Status}; only an Sql or SalesAccepted lead gets an owner.");
        }
        OwnerRepId = repId;
        OwnerAssignedBy = method;
        OwnerAssignedAt = now;
    }

    /// <summary>
    /// Hands an owned lead to another rep, e.g. the round-robin rep whose free time the visitor booked, and records it
    /// in the history with both owners. The first owner comes with the move to SQL, which the history has already.
    /// </summary>
    /// <exception cref="SalesDomainException">The lead has no owner, is that rep's already, or is neither Sql nor SalesAccepted.</exception>
    public void Reassign(string repId, AssignmentMethod method, string reason, Actor by, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(by);
        if (OwnerRepId is not { } from)
        {
            throw new SalesDomainException($"Lead {Id} has no owner to reassign; it gets its first one when it becomes SQL.");
        }
        if (from == repId)
        {
            throw new SalesDomainException($"Lead {Id} is owned by '{repId}' already.");
        }
        AssignOwner(repId, method, now);
        _history.Add(new LeadStatusChange(Id, _history.Count + 1, Status, Status, by, now, reason.Trim(), new LeadOwnerChange(from, repId, method)));
    }

    /// <summary>The owning rep accepts the lead: the sales-accepted step. Only the owner may do this.</summary>
    public void AcceptBySales(string repId, DateTimeOffset now)
    {
        EnsureOwner(repId, "accept");
        MoveTo(LeadStatus.SalesAccepted, Actor.Rep(repId), "accepted by the owning rep", now);
    }

    /// <summary>The owning rep rejects the lead with a reason, which the history keeps. Only the owner may do this.</summary>
    public void RejectBySales(string reason, string repId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsureOwner(repId, "reject");
        MoveTo(LeadStatus.SalesRejected, Actor.Rep(repId), reason.Trim(), now);
    }

    /// <summary>Links the deal opened for this lead; <c>Deal.Open</c> calls it so the two can never disagree.</summary>
    internal void LinkDeal(Guid dealId)
    {
        if (Status != LeadStatus.Sql)
        {
            throw new SalesDomainException($"Lead {Id} is {Status}; a deal opens only for an Sql lead.");
        }
        if (DealId is { } existing)
        {
            throw new SalesDomainException($"Lead {Id} already has deal {existing}; a lead opens one deal.");
        }
        DealId = dealId;
    }

    private void EnsureOwner(string repId, string action)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repId);
        if (OwnerRepId != repId)
        {
            throw new SalesDomainException(
                $"Rep '{repId}' cannot {action} lead {Id}: only its owner ({OwnerRepId ?? "none assigned"}) can.");
        }
    }

    private void MoveTo(LeadStatus to, Actor by, string reason, DateTimeOffset now)
    {
        if (!LeadLifecycle.CanMove(Status, to))
        {
            var next = LeadLifecycle.NextFrom(Status);
            var allowed = next.Count == 0 ? "nothing, it is final" : string.Join(" or ", next);
            throw new SalesDomainException($"Lead {Id} cannot move from {Status} to {to}; from {Status} it may move to {allowed}.");
        }
        _history.Add(new LeadStatusChange(Id, _history.Count + 1, Status, to, by, now, reason));
        Status = to;
    }

    private static string Explain(IReadOnlyList<string> reasons) =>
        reasons.Count == 0 ? "no reason given" : string.Join("; ", reasons);
}
