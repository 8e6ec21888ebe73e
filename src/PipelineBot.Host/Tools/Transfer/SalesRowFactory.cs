using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Tools.Transfer;

/// <summary>
/// Makes the domain's lead and deal from a <see cref="LeadRow"/>. A CSV row says where a lead stands, not how it got
/// there, so the lead's status history is recorded as the moves the lifecycle allows from New to that status, all at
/// its creation and with the reason given (e.g. "imported"); the deal opens at the creation time in its pipeline's first stage,
/// gets its value and expected close, and moves to its stage when it entered it. Everything after the lead's first
/// state goes through the domain's verbs, so an imported deal obeys the same rules as one the bot opened.
/// </summary>
public sealed class SalesRowFactory(PipelineCatalog pipelines)
{
    /// <summary>Makes the lead and, if the row has one, its deal.</summary>
    /// <param name="row">A checked row.</param>
    /// <param name="by">Who is recorded as making the changes.</param>
    /// <param name="reason">Why, as the lead's history records it, e.g. "imported".</param>
    /// <exception cref="SalesDomainException">The row breaks a domain rule the parser did not check.</exception>
    public (Lead Lead, Deal? Deal) Create(LeadRow row, Actor by, string reason)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(by);
        // A deal opens only for a lead that is exactly Sql, so the lead is made up to there and finished afterwards.
        var opening = row.Status is LeadStatus.SalesAccepted or LeadStatus.SalesRejected ? LeadStatus.Sql : row.Status;
        var lead = Lead.FromSnapshot(new LeadSnapshot
        {
            Id = row.LeadId,
            CreatedAt = row.CreatedAt,
            Name = row.ContactName,
            WorkEmail = row.Email?.Value,
            Company = row.Company,
            ConsentGivenAt = row.ConsentGivenAt,
            Status = opening,
            MarkedForNurture = opening == LeadStatus.Mql,
            History = HistoryTo(opening, row, by, reason),
        });
        if (row.OwnerRepId is { } owner)
        {
            lead.AssignOwner(owner, AssignmentMethod.Manual, row.CreatedAt);
        }
        var deal = row.Deal is { } dealRow ? OpenDeal(lead, dealRow, by, row.CreatedAt) : null;
        if (row.Status == LeadStatus.SalesAccepted)
        {
            lead.AcceptBySales(row.OwnerRepId!, row.CreatedAt);
        }
        else if (row.Status == LeadStatus.SalesRejected)
        {
            lead.RejectBySales(reason, row.OwnerRepId!, row.CreatedAt);
        }
        return (lead, deal);
    }

    private Deal OpenDeal(Lead lead, DealRow row, Actor by, DateTimeOffset openedAt)
    {
        var pipeline = pipelines.Get(row.Stage.Pipeline);
        var deal = Deal.Open(row.DealId, lead, pipeline, by, openedAt);
        if (row.Value is { } value)
        {
            deal.SetValue(value, by, openedAt);
        }
        if (row.ExpectedClose is { } expectedClose)
        {
            deal.SetExpectedClose(expectedClose, by, openedAt);
        }
        if (row.Stage != pipeline.FirstStage)
        {
            deal.MoveTo(row.Stage.Name, pipeline, by, row.EnteredStageAt, row.CloseReason);
        }
        if (row.NextStep is { } step)
        {
            deal.SetNextStep(step.Action, step.Due, by, row.EnteredStageAt);
        }
        return deal;
    }

    /// <summary>The status moves from New to <paramref name="status"/>, each one the lifecycle allows.</summary>
    private static List<LeadStatusChange> HistoryTo(LeadStatus status, LeadRow row, Actor by, string reason)
    {
        var path = PathFrom(LeadStatus.New, status) ?? throw new SalesDomainException($"No lead can reach {status} from {LeadStatus.New}.");
        return [.. path.Zip(path.Skip(1), (from, to) => (from, to))
            .Select((move, i) => new LeadStatusChange(row.LeadId, i + 1, move.from, move.to, by, row.CreatedAt, reason))];
    }

    private static List<LeadStatus>? PathFrom(LeadStatus from, LeadStatus to)
    {
        if (from == to)
        {
            return [to];
        }
        return LeadLifecycle.NextFrom(from)
            .Select(next => PathFrom(next, to))
            .FirstOrDefault(path => path is not null) is { } rest ? [from, .. rest] : null;
    }
}
