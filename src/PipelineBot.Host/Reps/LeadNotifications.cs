using PipelineBot.Host.Cards;
using PipelineBot.Host.Content;
using PipelineBot.Runtime.Builder;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Reps;

/// <summary>Tells the owning rep about a lead that just became sales-qualified, with a card that explains the verdict.</summary>
public sealed partial class LeadNotifications(RepNotifier notifier, RepLeadCard leadCard, IDialogText text, ILogger<LeadNotifications> logger)
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
        var card = leadCard.Build(lead, result);
        var headline = text.Get("reps.lead.notified", null, new Dictionary<string, string> { ["lead"] = LeadNames.For(lead, text) });
        await notifier.NotifyAsync(repId, MessageFactory.Attachment(card, headline), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lead {LeadId} is sales-qualified but has no owner to notify: {Reason}")]
    private partial void LogUnowned(Guid leadId, string reason);
}
