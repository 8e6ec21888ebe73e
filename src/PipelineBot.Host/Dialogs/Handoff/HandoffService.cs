using Microsoft.Extensions.Options;
using PipelineBot.Host.Cards;
using PipelineBot.Host.Content;
using PipelineBot.Host.Reps;
using PipelineBot.Runtime.Builder;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Dialogs.Handoff;

/// <summary>
/// "Talk to a person": the lead's owner, else the configured hand-off rep, gets the conversation so far on a card;
/// the visitor is told honestly when to expect a reply, by business hours, or that nobody can take over.
/// </summary>
public sealed class HandoffService(
    IOptions<HandoffOptions> options,
    BusinessHours hours,
    ContactExpectationFormatter expectations,
    ConversationTranscript transcript,
    RepNotifier notifier,
    HandoffCard card,
    IDialogText text,
    TimeProvider time)
{
    /// <summary>Notifies the rep and tells the visitor what happens next; the caller then asks its question again.</summary>
    public async Task HandOffAsync(ITurnContext turnContext, Lead? lead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var repId = lead?.OwnerRepId ?? (string.IsNullOrWhiteSpace(options.Value.RepId) ? null : options.Value.RepId);
        if (repId is null)
        {
            await turnContext.SendActivityAsync(text.Get("handoff.unavailable", activity.Locale), cancellationToken: cancellationToken);
            return;
        }
        var lines = await transcript.LinesAsync(turnContext, cancellationToken);
        await notifier.NotifyAsync(repId, MessageFactory.Attachment(card.Build(lead, activity.ChannelId ?? string.Empty, activity.Locale, lines)), cancellationToken);
        await turnContext.SendActivityAsync(expectations.Format(hours.Expect(time.GetUtcNow()), activity), cancellationToken: cancellationToken);
        await turnContext.SendActivityAsync(text.Get("handoff.continue", activity.Locale), cancellationToken: cancellationToken);
    }
}
