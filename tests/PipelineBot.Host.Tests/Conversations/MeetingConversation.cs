using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>
/// What the meeting conversations share: the host on a fake clock (Tuesday 24 November 2026, 10:00 UTC, which is 11:00
/// for anna in Prague, working 09:00-12:00 and 13:00-17:00 with four hours' notice, and 05:00 in New York), a visitor
/// who has just qualified, and reading an offer's buttons and a reply's .ics.
/// </summary>
internal static class MeetingConversation
{
    public const string AnnaTeamsId = "29:anna-novak";

    public static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The host on a fake clock set to <paramref name="now"/>, <see cref="Now"/> unless given.</summary>
    public static Task<BotTestHost> StartHostAsync(DateTimeOffset? now = null, IReadOnlyDictionary<string, string?>? settings = null) =>
        BotTestHost.StartAsync(settings, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(now ?? Now)));

    /// <summary>A strong prospect who has just qualified and been offered a call; all of them work for Acme, so anna owns them.</summary>
    public static async Task<EmulatorClient> QualifiedVisitorAsync(BotTestHost host, string? zone, string locale = "en-US")
    {
        var visitor = host.NewVisitor(locale: locale);
        visitor.LocalTimezone = zone;
        var driver = new QualificationDriver(visitor, host.Service<QualificationContent>());
        await driver.RunAsync(Prospects.Strong(locale));
        var text = host.Service<IDialogText>();
        // The question names anna, unless the slots that follow may be any rep's of a round-robin pool.
        Assert.Contains(driver.BookingOffer?.Text, new[]
        {
            text.Get("meeting.offer.ask", locale, new Dictionary<string, string> { ["rep"] = "Anna Novak" }),
            text.Get("meeting.offer.askTeam", locale),
        });
        return visitor;
    }

    /// <summary>A qualified visitor who has booked the first slot offered; returns the booking's confirmation.</summary>
    public static async Task<(EmulatorClient Visitor, Activity Confirmation)> BookedVisitorAsync(BotTestHost host, string? zone, string locale = "en-US")
    {
        var visitor = await QualifiedVisitorAsync(host, zone, locale);
        await visitor.SendAsync(visitor.Message(locale.StartsWith("ru", StringComparison.Ordinal) ? "да" : "yes"));
        var confirmation = Assert.Single(await visitor.SendAsync(visitor.Message("1")));
        Assert.NotEmpty(confirmation.Attachments ?? []);
        return (visitor, confirmation);
    }

    public static List<string?> Buttons(Activity activity) => [.. activity.SuggestedActions?.Actions.Select(a => a.Title) ?? []];

    /// <summary>The text of the .ics attached to the activity, checked to be a calendar file.</summary>
    public static string Invite(Activity activity)
    {
        var attachment = Assert.Single(activity.Attachments ?? []);
        Assert.Equal("text/calendar", attachment.ContentType);
        const string Prefix = "data:text/calendar;base64,";
        Assert.StartsWith(Prefix, attachment.ContentUrl, StringComparison.Ordinal);
        return Encoding.UTF8.GetString(Convert.FromBase64String(attachment.ContentUrl![Prefix.Length..]));
    }
}
