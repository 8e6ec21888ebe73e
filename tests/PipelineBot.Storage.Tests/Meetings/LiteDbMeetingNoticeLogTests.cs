using PipelineBot.Sales.Meetings.Notices;
using PipelineBot.Storage.Meetings;

namespace PipelineBot.Storage.Tests.Meetings;

/// <summary>The claim a notice's sender takes first: one winner, kept across a restart, retried after a failure or a lapse.</summary>
public sealed class LiteDbMeetingNoticeLogTests : IDisposable
{
    private static readonly DateTimeOffset Now = TestMeetings.Now;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private static readonly MeetingNotice Notice =
        new(Guid.NewGuid(), 1, MeetingNoticeKind.Reminder, MeetingNoticeRecipient.Visitor, TimeSpan.FromHours(1), Now);

    private readonly TemporaryDatabase _database = new();
    private LiteDbMeetingNoticeLog _log;

    public LiteDbMeetingNoticeLogTests()
    {
        _database.Open();
        _log = _database.CreateMeetingNoticeLog();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TryClaimAsync_Unclaimed_ClaimsTheFirstAttempt_AndNobodyElseGetsIt()
    {
        var claim = await _log.TryClaimAsync(Notice, Now, Lease);

        Assert.Equal((Notice.Key, 1), (claim?.Key, claim?.Attempt));
        Assert.Null(await _log.TryClaimAsync(Notice, Now.AddMinutes(9), Lease));
        Assert.Equal(new MeetingNoticeRecord(Notice.Key, MeetingNoticeStatus.Sending, 1, Now + Lease), (await _log.FindAsync([Notice.Key]))[Notice.Key]);
    }

    [Fact]
    public async Task TryClaimAsync_ManyAtOnce_ExactlyOneWins()
    {
        var claims = await _database.WhileWriterBlocked(() => Enumerable.Range(0, 8).Select(_ => _log.TryClaimAsync(Notice, Now, Lease)).ToList());

        Assert.Single((await Task.WhenAll(claims)).OfType<MeetingNoticeClaim>());
    }

    [Fact]
    public async Task CompleteAsync_Sent_IsNeverClaimedAgain_EvenAfterReopen()
    {
        var claim = (await _log.TryClaimAsync(Notice, Now, Lease))!;
        await _log.CompleteAsync(claim, MeetingNoticeStatus.Sent, Now);

        _database.Reopen();
        _log = _database.CreateMeetingNoticeLog();

        Assert.Equal(MeetingNoticeStatus.Sent, (await _log.FindAsync([Notice.Key]))[Notice.Key].Status);
        Assert.Null(await _log.TryClaimAsync(Notice, Now.AddDays(1), Lease));
    }

    [Fact]
    public async Task FailAsync_ClaimableAgainFromTheRetryTime_AsTheNextAttempt()
    {
        var claim = (await _log.TryClaimAsync(Notice, Now, Lease))!;
        await _log.FailAsync(claim, Now.AddMinutes(5));

        Assert.Null(await _log.TryClaimAsync(Notice, Now.AddMinutes(4), Lease));
        Assert.Equal(2, (await _log.TryClaimAsync(Notice, Now.AddMinutes(5), Lease))?.Attempt);
    }

    [Fact]
    public async Task TryClaimAsync_ClaimLapsedWithoutAnOutcome_IsClaimedAgain_AndTheOldClaimCannotReleaseIt()
    {
        var lapsed = (await _log.TryClaimAsync(Notice, Now, Lease))!;

        var retry = await _log.TryClaimAsync(Notice, Now + Lease, Lease);
        await _log.FailAsync(lapsed, Now + Lease);

        Assert.Equal(2, retry?.Attempt);
        Assert.Equal(MeetingNoticeStatus.Sending, (await _log.FindAsync([Notice.Key]))[Notice.Key].Status);
    }

    [Fact]
    public async Task FindAsync_NeverClaimed_IsAbsent() => Assert.Empty(await _log.FindAsync([Notice.Key]));
}
