using System.Text;
using PipelineBot.Host.Meetings;

namespace PipelineBot.Host.Tests.Meetings;

/// <summary>The raw file, checked line by line as RFC 5545 lays it out, independently of the library that writes it.</summary>
public class MeetingInviteFormatTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 24, 9, 15, 0, TimeSpan.Zero);

    private static readonly MeetingInviteDetails Long = new(
        MeetingId: "7",
        Start: new DateTimeOffset(2027, 3, 28, 9, 0, 0, TimeSpan.FromHours(2)),
        End: new DateTimeOffset(2027, 3, 28, 10, 0, 0, TimeSpan.FromHours(2)),
        Sequence: 3,
        Summary: "Демонстрация PipelineBot, Acme; вопросы",
        Description: string.Concat(Enumerable.Repeat("Příprava: ceník, integrace; otázky.\n", 6)),
        OrganizerName: "Jana Nováková",
        OrganizerEmail: "jana@example.com",
        AttendeeEmail: "visitor@example.org");

    [Fact]
    public void Content_Lines_EndInCrlfAndFoldAt75Octets()
    {
        var bytes = MeetingInvite.Request(Long, Stamp).Content;
        var text = Encoding.UTF8.GetString(bytes);

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "The file must not start with a byte order mark.");
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = text[..^2].Split("\r\n");
        Assert.All(lines, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75));
        Assert.Contains(lines, line => line.StartsWith(' '));
    }

    [Fact]
    public void Content_TextValues_EscapeCommasSemicolonsAndNewlines()
    {
        var unfolded = Unfold(MeetingInvite.Request(Long, Stamp));

        Assert.Contains(@"SUMMARY:Демонстрация PipelineBot\, Acme\; вопросы", unfolded);
        var description = Assert.Single(unfolded, l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal));
        Assert.StartsWith(@"DESCRIPTION:Příprava: ceník\, integrace\; otázky.\nPříprava", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_Times_AreUtc()
    {
        var unfolded = Unfold(MeetingInvite.Request(Long, Stamp));

        Assert.Contains("DTSTART:20270328T070000Z", unfolded);
        Assert.Contains("DTEND:20270328T080000Z", unfolded);
        Assert.Contains("DTSTAMP:20261124T091500Z", unfolded);
        Assert.DoesNotContain(unfolded, l => l.Contains("TZID", StringComparison.Ordinal));
    }

    [Fact]
    public void Content_Calendar_HasVersionProductMethodAndOneEvent()
    {
        var unfolded = Unfold(MeetingInvite.Cancel(Long with { Sequence = 4 }, Stamp));

        Assert.Equal("BEGIN:VCALENDAR", unfolded[0]);
        Assert.Equal("END:VCALENDAR", unfolded[^1]);
        Assert.Contains("VERSION:2.0", unfolded);
        Assert.Contains("PRODID:-//PipelineBot//Meetings//EN", unfolded);
        Assert.Contains("METHOD:CANCEL", unfolded);
        Assert.Contains("STATUS:CANCELLED", unfolded);
        Assert.Contains("SEQUENCE:4", unfolded);
        Assert.Contains("UID:meeting-7@pipelinebot", unfolded);
        Assert.Single(unfolded, l => l == "BEGIN:VEVENT");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void Request_EndNotAfterStart_Throws(int minutes)
    {
        var broken = Long with { End = Long.Start.AddMinutes(minutes) };

        Assert.Throws<ArgumentException>(() => MeetingInvite.Request(broken, Stamp));
    }

    // RFC 5545 3.1: a line starting with a space continues the previous one, without that space.
    private static List<string> Unfold(MeetingInvite invite) =>
        [.. Encoding.UTF8.GetString(invite.Content).Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];
}
