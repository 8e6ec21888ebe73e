namespace PipelineBot.Sales.Meetings.Notices;

/// <summary>One sender's hold on a notice, from <see cref="IMeetingNoticeLog.TryClaimAsync"/> until it is settled.</summary>
/// <param name="Key">The notice's <see cref="MeetingNotice.Key"/>.</param>
/// <param name="ClaimId">Tells this claim from a later one taken after it lapsed.</param>
/// <param name="Attempt">1 for the first attempt to send the notice, 2 for the first retry...</param>
public sealed record MeetingNoticeClaim(string Key, Guid ClaimId, int Attempt);
