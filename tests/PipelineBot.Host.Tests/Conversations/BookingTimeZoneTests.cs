using System.Globalization;
using PipelineBot.Host.Tests.Infrastructure;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>
/// Booking with anna (Prague, 09:00-12:00 and 13:00-17:00, four hours' notice) from the far ends of the clock and
/// across both daylight-saving changes, through the real host: every time the visitor sees is on their own clock,
/// anna's notice is on hers, and the invite carries the one UTC instant both mean.
/// </summary>
public sealed class BookingTimeZoneTests
{
    // On MeetingConversation.Now anna's first slot after notice is 15:00 in Prague, 14:00 UTC.
    [Theory]
    // UTC+13: 14:00 UTC is already Wednesday, 3 a.m.
    [InlineData("Pacific/Tongatapu", "Wed, November 25, 3:00 AM", "UTC+13:00")]
    // UTC-11: the same instant is still Tuesday, 3 a.m.
    [InlineData("Pacific/Pago_Pago", "Tue, November 24, 3:00 AM", "UTC-11:00")]
    public async Task VisitorAtTheEdgeOfTheClock_SeesAnnasFirstSlotOnTheirOwnDate(string zone, string firstSlot, string offset)
    {
        await using var host = await MeetingConversation.StartHostAsync();
        var anna = await AnnaAsync(host);
        var visitor = await MeetingConversation.QualifiedVisitorAsync(host, zone);

        var offer = Assert.Single(await visitor.SendAsync(visitor.Message("yes")));
        var confirmation = Assert.Single(await visitor.SendAsync(visitor.Message("1")));

        Assert.Contains($"({zone}, {offset})", offer.Text, StringComparison.Ordinal);
        Assert.Equal(firstSlot, MeetingConversation.Buttons(offer)[0]);
        Assert.StartsWith($"Done! Your call with Anna Novak is booked for {firstSlot} ({zone}, {offset}).", confirmation.Text, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261124T140000Z", MeetingConversation.Invite(confirmation), StringComparison.Ordinal);
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
        await using var host = await MeetingConversation.StartHostAsync(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
        var anna = await AnnaAsync(host);
        var visitor = await MeetingConversation.QualifiedVisitorAsync(host, "America/New_York");
        await visitor.SendAsync(visitor.Message("yes"));

        var offer = Assert.Single(await visitor.SendAsync(visitor.Message("Monday at 10am")));
        var confirmation = Assert.Single(await visitor.SendAsync(visitor.Message(slot)));

        Assert.Equal(slot, MeetingConversation.Buttons(offer)[0]);
        Assert.StartsWith($"Done! Your call with Anna Novak is booked for {slot} (America/New_York, {offset}).", confirmation.Text, StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{utc}", MeetingConversation.Invite(confirmation), StringComparison.Ordinal);
        Assert.Contains(anna.Received, a => a.Text == $"Meeting booked: Ada Lovelace on {annasTime}, your time).");
    }

    /// <summary>Anna, having talked to the bot from Teams, so her notices arrive at once.</summary>
    private static async Task<EmulatorClient> AnnaAsync(BotTestHost host)
    {
        var anna = host.NewRep(MeetingConversation.AnnaTeamsId);
        await anna.SayAsync("hi");
        return anna;
    }
}
