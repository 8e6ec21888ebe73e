using PipelineBot.Host.Cards;
using PipelineBot.Host.Content;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Reps;

/// <summary>
/// Tells reps about a lead that became theirs, with a card that explains the verdict: the owning rep of a lead that
/// just became sales-qualified, and both reps of a lead handed from one to the other.
/// </summary>
public sealed partial class LeadNotifications(
    RepNotifier notifier,
    RepLeadCard leadCard,
    LeadQualifier qualifier,
    QualificationScript script,
    RepDirectory reps,
    IDialogText text,
    ILogger<LeadNotifications> logger)
{
    /// <summary>Notifies the owner of a new SQL; other outcomes need no rep yet.</summary>
    public async Task LeadQualifiedAsync(Lead lead, QualificationResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Decision.Outcome != LeadStatus.Sql)
        {
            return;
        }
        if (lead.OwnerRepId is not { } repId)
        {
            LogUnowned(lead.Id, result.Routing?.Reason ?? "not routed");
            return;
        }
        await SendCardAsync(repId, lead, leadCard.Build(lead, result), cancellationToken);
    }

    /// <summary>
    /// Notifies both reps of a reassignment from the lead's history: the new owner gets the card a newly routed lead
    /// brings, its routing line saying why; the previous owner a line saying who has the lead now.
    /// </summary>
    public async Task LeadHandedOverAsync(Lead lead, LeadStatusChange handOver, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(handOver);
        var owners = handOver.Owner ?? throw new ArgumentException($"History entry {handOver.Sequence} of lead {lead.Id} is no reassignment.", nameof(handOver));
        await SendCardAsync(owners.ToRepId, lead, leadCard.Build(lead, qualifier.Decide(lead, script), handOver.Reason), cancellationToken);
        var line = text.Get("reps.lead.reassigned", null, new Dictionary<string, string>
        {
            ["lead"] = LeadNames.For(lead, text), ["rep"] = reps.NameOf(owners.ToRepId),
        });
        await notifier.NotifyAsync(owners.FromRepId, MessageFactory.Text(line), cancellationToken);
    }

    private async Task SendCardAsync(string repId, Lead lead, Attachment card, CancellationToken cancellationToken)
    {
        var headline = text.Get("reps.lead.notified", null, new Dictionary<string, string> { ["lead"] = LeadNames.For(lead, text) });
        await notifier.NotifyAsync(repId, MessageFactory.Attachment(card, headline), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lead {LeadId} is sales-qualified but has no owner to notify: {Reason}")]
    private partial void LogUnowned(Guid leadId, string reason);
}
