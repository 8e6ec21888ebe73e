namespace PipelineBot.Sales.Meetings.Notices;

/// <summary>
/// Which meeting notices went out. A sender claims a notice before sending it, and the claim is durable before the
/// call returns, so however many senders (or restarts) meet the same notice, one sends it; the sender then records it
/// sent, dropped, or failed to be retried. A claim lapses after its lease, so a sender that died mid-send does not
/// lose the notice, at the price of sending it twice if the send had in fact gone out.
/// </summary>
public interface IMeetingNoticeLog
{
    /// <summary>The records of the notices with these keys; notices never claimed are absent.</summary>
    Task<IReadOnlyDictionary<string, MeetingNoticeRecord>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the notice for one attempt until <paramref name="now"/> plus <paramref name="lease"/>; null when it was
    /// sent or dropped, another sender holds it, or its retry time has not come (see <see cref="MeetingNoticeRecord.MayClaim"/>).
    /// </summary>
    Task<MeetingNoticeClaim?> TryClaimAsync(MeetingNotice notice, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Settles the notice for good as <see cref="MeetingNoticeStatus.Sent"/> or <see cref="MeetingNoticeStatus.Dropped"/>, durably.</summary>
    Task CompleteAsync(MeetingNoticeClaim claim, MeetingNoticeStatus outcome, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Releases the claim after a failed attempt, for another at <paramref name="retryAt"/>; ignored once someone else holds the notice.</summary>
    Task FailAsync(MeetingNoticeClaim claim, DateTimeOffset retryAt, CancellationToken cancellationToken = default);
}
