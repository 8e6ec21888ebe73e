using Microsoft.Extensions.Options;
using PipelineBot.Host.Dialogs.Qualification;
using PipelineBot.Host.Proactive;
using PipelineBot.Host.Reps;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;
using PipelineBot.Sales.Meetings.Notices;

namespace PipelineBot.Host.Meetings.Notices;

/// <summary>
/// Sends meetings' notices: which are due is <see cref="MeetingNoticeSchedule"/>'s call; each is claimed in the
/// <see cref="IMeetingNoticeLog"/> before it is sent, so it goes out once however often it is met, and then recorded
/// as sent, dropped (nobody to send it to, or no longer of use) or failed. A failed notice is tried again after
/// <see cref="ReminderOptions.RetryAfter"/> for as long as the schedule still calls for it.
/// </summary>
public sealed partial class MeetingNoticeSender(
    IMeetingRepository meetings,
    ILeadRepository leads,
    IMeetingNoticeLog log,
    ProactiveMessenger messenger,
    RepNotifier repNotifier,
    MeetingNoticeMessages messages,
    QualifyLeadDialog visitorDialog,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<MeetingNoticeSender> logger)
{
    /// <summary>Longer than any one send, the connector's own retries included, so a claim lapses only when its sender died.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>Sends every meeting's due notices; returns when a meeting next calls for one, null when none will.</summary>
    public async Task<DateTimeOffset?> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        DateTimeOffset? next = null;
        foreach (var meeting in await meetings.FindEndingAfterAsync(now - MeetingNoticeSchedule.FollowUpWindow, cancellationToken))
        {
            await SendDueAsync(meeting, cancellationToken);
            if (MeetingNoticeSchedule.NextDue(meeting, options.Value, now) is { } due && (next is null || due < next))
            {
                next = due;
            }
        }
        return next;
    }

    /// <summary>Sends the meeting's notices that are due now, e.g. the visitor's follow-up as soon as the rep marks a no-show.</summary>
    public async Task SendDueAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var now = time.GetUtcNow();
        var due = MeetingNoticeSchedule.Due(meeting, options.Value, now);
        if (due.Count == 0)
        {
            return;
        }
        // Looking first spares the writer a claim for every notice settled long ago.
        var records = await log.FindAsync([.. due.Select(notice => notice.Key)], cancellationToken);
        foreach (var notice in due.Where(notice => !records.TryGetValue(notice.Key, out var record) || record.MayClaim(now)))
        {
            await SendAsync(notice, cancellationToken);
        }
    }

    private async Task SendAsync(MeetingNotice notice, CancellationToken cancellationToken)
    {
        if (await log.TryClaimAsync(notice, time.GetUtcNow(), Lease, cancellationToken) is not { } claim)
        {
            return;
        }
        MeetingNoticeStatus outcome;
        try
        {
            outcome = await DeliverAsync(notice, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping: free the notice for the next start now rather than when the lease runs out.
            await log.FailAsync(claim, time.GetUtcNow(), CancellationToken.None);
            throw;
        }
        catch (Exception exception)
        {
            LogFailed(exception, notice.Key);
            outcome = MeetingNoticeStatus.Failed;
        }
        // Recorded whatever happens to the caller now: a notice that went out must not go out again.
        if (outcome == MeetingNoticeStatus.Failed)
        {
            await log.FailAsync(claim, time.GetUtcNow() + options.Value.RetryAfter, CancellationToken.None);
        }
        else
        {
            await log.CompleteAsync(claim, outcome, time.GetUtcNow(), CancellationToken.None);
        }
    }

    private async Task<MeetingNoticeStatus> DeliverAsync(MeetingNotice notice, CancellationToken cancellationToken)
    {
        // Read again after the claim: the meeting may have been moved or cancelled since the pass looked at it.
        if (await meetings.GetAsync(notice.MeetingId, cancellationToken) is not { } meeting
            || !MeetingNoticeSchedule.Due(meeting, options.Value, time.GetUtcNow()).Contains(notice))
        {
            return MeetingNoticeStatus.Dropped;
        }
        var lead = await leads.GetAsync(meeting.LeadId, cancellationToken);
        switch (notice)
        {
            case { To: MeetingNoticeRecipient.Rep, Kind: MeetingNoticeKind.Reminder }:
                return Outcome(notice, await messenger.TrySendAsync(ConversationBook.Rep(meeting.RepId), messages.RepReminder(meeting, lead), cancellationToken));
            case { To: MeetingNoticeRecipient.Rep }:
                // Held for the rep's next message if they cannot be reached now: the question is still worth answering then.
                await repNotifier.NotifyAsync(meeting.RepId, messages.RepOutcomeQuestion(meeting, lead), cancellationToken);
                return MeetingNoticeStatus.Sent;
            case { Kind: MeetingNoticeKind.Reminder } when lead?.Visitor is { } visitor:
                return Outcome(notice, await messenger.TryContinueAsync(ConversationBook.Visitor(visitor), (turn, ct) =>
                    turn.SendActivityAsync(messages.VisitorReminder(meeting, turn.Activity.Locale), ct), cancellationToken));
            case { Kind: MeetingNoticeKind.NoShowFollowUp } when lead?.Visitor is { } visitor:
                return Outcome(notice, await messenger.TryContinueAsync(ConversationBook.Visitor(visitor), async (turn, ct) =>
                {
                    await turn.SendActivityAsync(messages.VisitorMissed(meeting, turn.Activity.Locale), ct);
                    await visitorDialog.OfferMeetingAsync(turn, ct);
                }, cancellationToken));
            default:
                // The visitor had their data erased: there is nobody to write to.
                return Outcome(notice, ProactiveDelivery.NoConversation);
        }
    }

    private MeetingNoticeStatus Outcome(MeetingNotice notice, ProactiveDelivery delivery)
    {
        switch (delivery)
        {
            case ProactiveDelivery.Delivered:
                return MeetingNoticeStatus.Sent;
            case ProactiveDelivery.NoConversation:
                LogNobodyToReach(notice.Key);
                return MeetingNoticeStatus.Dropped;
            default:
                LogUnreachable(notice.Key, options.Value.RetryAfter);
                return MeetingNoticeStatus.Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending meeting notice {NoticeKey} failed; it will be tried again")]
    private partial void LogFailed(Exception exception, string noticeKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Meeting notice {NoticeKey} dropped: no conversation is known to send it into")]
    private partial void LogNobodyToReach(string noticeKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Meeting notice {NoticeKey} could not be delivered; trying again in {RetryAfter}")]
    private partial void LogUnreachable(string noticeKey, TimeSpan retryAfter);
}
