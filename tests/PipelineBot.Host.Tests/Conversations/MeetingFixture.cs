using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;
using PipelineBot.Host.Meetings.Notices;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>
/// A host on a fake clock with meetings booked through the conversation, and the clock moved the way the notice
/// service sees it: each move waits for the pass it causes, so a test asserts on what that pass sent.
/// </summary>
internal sealed class MeetingFixture(BotTestHost host, FakeTimeProvider clock)
{
    private static readonly TimeSpan PassTimeout = TimeSpan.FromSeconds(30);

    public BotTestHost Host { get; } = host;

    /// <summary>What the clock says now.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The host on a fake clock at <see cref="MeetingConversation.Now"/>, which only the tests move.</summary>
    public static async Task<MeetingFixture> StartAsync()
    {
        var clock = new FakeTimeProvider(MeetingConversation.Now);
        return new MeetingFixture(await BotTestHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(clock)), clock);
    }

    /// <summary>
    /// Anna, who has talked to the bot, and a New York visitor who has booked her for Thursday 26 November at 9:00 their
    /// time (14:00 UTC), as the strong prospect whose company puts them in anna's territory.
    /// </summary>
    public async Task<(EmulatorClient Visitor, EmulatorClient Anna)> BookThursdayAsync()
    {
        var anna = Host.NewRep(MeetingConversation.AnnaTeamsId);
        await anna.SayAsync("hi");
        var visitor = await MeetingConversation.QualifiedVisitorAsync(Host, "America/New_York");
        await visitor.SayAsync("yes");
        await visitor.SayAsync("Thursday at 9am");
        var booked = await visitor.SayAsync("1");
        Assert.StartsWith("Done! Your call with Anna Novak is booked for Thu, November 26, 9:00 AM", booked[0], StringComparison.Ordinal);
        return (visitor, anna);
    }

    /// <summary>The visitor's one meeting, as stored now.</summary>
    public async Task<Meeting> MeetingOfAsync(EmulatorClient visitor) =>
        Assert.Single(await Host.Service<IMeetingRepository>().FindByLeadAsync((await Host.LeadOfAsync(visitor)).Id));

    /// <summary>Moves the clock to <paramref name="at"/> and waits until the notice service has made its pass there.</summary>
    public async Task AdvanceToAsync(DateTimeOffset at)
    {
        if (at > clock.GetUtcNow())
        {
            clock.SetUtcNow(at);
        }
        using var timeout = new CancellationTokenSource(PassTimeout);
        await Host.Service<MeetingNoticeService>().PassedAsync(at, timeout.Token);
    }
}
