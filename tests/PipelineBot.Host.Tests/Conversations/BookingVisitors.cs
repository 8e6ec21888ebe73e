using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>What booking tests share: a visitor who has just qualified and been offered a call, and the buttons an offer shows.</summary>
internal static class BookingVisitors
{
    private const string Offer = "Would you like to book a call with Anna Novak?";

    /// <summary>A strong prospect who has just qualified and been offered a call; all of them work for Acme, so anna owns them.</summary>
    public static async Task<EmulatorClient> NewQualifiedVisitorAsync(this BotTestHost host, string? zone)
    {
        var visitor = host.NewVisitor();
        visitor.LocalTimezone = zone;
        var driver = new QualificationDriver(visitor, host.Service<QualificationContent>());
        await driver.RunAsync(Prospects.Strong("en-US"));
        Assert.Equal(Offer, driver.BookingOffer?.Text);
        return visitor;
    }

    /// <summary>The titles of the activity's suggested actions, in order.</summary>
    public static List<string?> Buttons(Activity activity) => [.. activity.SuggestedActions?.Actions.Select(a => a.Title) ?? []];
}
