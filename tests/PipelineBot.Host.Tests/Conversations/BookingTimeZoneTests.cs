using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>
/// Booking with anna (Prague, 09:00-12:00 and 13:00-17:00, four hours' notice) from the far ends of the clock and
/// across both daylight-saving changes, through the real host: every time the visitor sees is on their own clock,
/// anna's notice is on hers, and the invite carries the one UTC instant both mean.
/// </summary>
public sealed class BookingTimeZoneTests
{
    private const string AnnaTeamsId = "29:anna-novak";

    // Tuesday 24 November 2026, 10:00 UTC: 11:00 in Prague, so anna's first slot after notice is 15:00 there (14:00 UTC).
    private static readonly DateTimeOffset November = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    // UTC+13: 14:00 UTC is already Wednesday, 3 a.m.
    [InlineData("Pacific/Tongatapu", "Wed, November 25, 3:00 AM", "UTC+13:00")]
    // UTC-11: the same instant is still Tuesday, 3 a.m.
    [InlineData("Pacific/Pago_Pago", "Tue, November 24, 3:00 AM", "UTC-11:00")]
    public async Task VisitorAtTheEdgeOfTheClock_SeesAnnasFirstSlotOnTheirOwnDate(string zone, string firstSlot, string offset)
    {
        await using var host = await StartAsync(November);
        var anna = await AnnaAsync(host);
        var visitor = await QualifiedVisitorAsync(host, zone);

        var offer = Assert.Single(await visitor.SendAsync(visitor.Message("yes")));
        var confirmation = Assert.Single(await visitor.SendAsync(visitor.Message("1")));

        Assert.Contains($"({zone}, {offset})", offer.Text, StringComparison.Ordinal);
        Assert.Equal(firstSlot, Buttons(offer)[0]);
        Assert.StartsWith($"Done! Your call with Anna Novak is booked for {firstSlot} ({zone}, {offset}).", confirmation.Text, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261124T140000Z", Invite(confirmation), StringComparison.Ordinal);
        Assert.Contains(anna.Received, a => a.Text == "Meeting booked: Ada Lovelace on Tue, November 24, 3:00 PM (Europe/Prague, UTC+01:00, your time).");
    }

    [Theory]
    // Spring: New York moved to summer time on 14 March 2027, Prague follows on 28 March. Booked on Friday the 26th
    // for the Monday after, 10:00 in New York is 14:00 UTC and 16:00 in Prague, both now on summer time.
    [InlineData("2027-03-26T10:00:00Z", "Mon, March 29, 10:00 AM", "UTC-04:00", "20270329T140000Z", "Mon, March 29, 4:00 PM (Europe/Prague, UTC+02:00")]
    // Autumn: Prague goes back on 31 October 2027, New York only on 7 November. The Monday between, 10:00 in New York
    // is still 14:00 UTC, but 15:00 in Prague.
    [InlineData("2027-10-29T10:00:00Z", "Mon, November 1, 10:00 AM", "UTC-04:00", "20271101T140000Z", "Mon, November 1, 3:00 PM (Europe/Prague, UTC+01:00")]
    public async Task NewYorkVisitor_BooksTheMondayAfterADaylightSavingChange_BothClocksShowTheirOwnTime(
        string now, string slot, string offset, string utc, string annasTime)
    {
        await using var host = await StartAsync(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        var anna = await AnnaAsync(host);
        var visitor = await QualifiedVisitorAsync(host, "America/New_York");
        await visitor.SendAsync(visitor.Message("yes"));

        var offer = Assert.Single(await visitor.SendAsync(visitor.Message("Monday at 10am")));
        var confirmation = Assert.Single(await visitor.SendAsync(visitor.Message(slot)));

        Assert.Equal(slot, Buttons(offer)[0]);
        Assert.StartsWith($"Done! Your call with Anna Novak is booked for {slot} (America/New_York, {offset}).", confirmation.Text, StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{utc}", Invite(confirmation), StringComparison.Ordinal);
        Assert.Contains(anna.Received, a => a.Text == $"Meeting booked: Ada Lovelace on {annasTime}, your time).");
    }

    private static Task<BotTestHost> StartAsync(DateTimeOffset now) =>
        BotTestHost.StartAsync(services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(now)));

    /// <summary>Anna, having talked to the bot from Teams, so her notices arrive at once.</summary>
    private static async Task<EmulatorClient> AnnaAsync(BotTestHost host)
    {
        var anna = host.NewRep(AnnaTeamsId);
        await anna.SayAsync("hi");
        return anna;
    }

    private static async Task<EmulatorClient> QualifiedVisitorAsync(BotTestHost host, string zone)
    {
        var visitor = host.NewVisitor();
        visitor.LocalTimezone = zone;
        var driver = new QualificationDriver(visitor, host.Service<QualificationContent>());
        await driver.RunAsync(Prospects.Strong("en-US"));
        Assert.NotNull(driver.BookingOffer);
        return visitor;
    }

    private static List<string?> Buttons(Activity activity) => [.. activity.SuggestedActions?.Actions.Select(a => a.Title) ?? []];

    private static string Invite(Activity activity)
    {
        const string Prefix = "data:text/calendar;base64,";
        var attachment = Assert.Single(activity.Attachments ?? []);
        return Encoding.UTF8.GetString(Convert.FromBase64String(attachment.ContentUrl![Prefix.Length..]));
    }
}
