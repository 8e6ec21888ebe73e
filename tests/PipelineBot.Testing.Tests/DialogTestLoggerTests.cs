using Microsoft.Extensions.Time.Testing;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Testing.Tests;

public class DialogTestLoggerTests
{
    [Fact]
    public async Task OnTurnAsync_MessageTurn_WritesUserBotAndTimings()
    {
        var clock = new FakeTimeProvider();
        var lines = new List<string>();
        var adapter = new TestAdapter().Use(new DialogTestLogger(lines.Add, clock));

        await adapter.SendTextToBotAsync("hi", async (ctx, ct) =>
        {
            clock.Advance(TimeSpan.FromMilliseconds(25));
            await ctx.SendActivityAsync(MessageFactory.SuggestedActions(["Yes", "No"], "Book a demo?"), ct);
            clock.Advance(TimeSpan.FromMilliseconds(5));
        });

        Assert.Equal(
            [
                "User:  \"hi\"",
                "Bot:   \"Book a demo?\" [offers: Yes | No]  (+25 ms)",
                "       turn took 30 ms",
            ],
            lines);
    }

    [Fact]
    public async Task OnTurnAsync_ConversationUpdate_WritesActivityType()
    {
        var lines = new List<string>();
        var adapter = new TestAdapter().Use(new DialogTestLogger(lines.Add));

        await adapter.ProcessActivityAsync(adapter.CreateConversationUpdate(), (_, _) => Task.CompletedTask);

        Assert.Equal($"User:  ({ActivityTypes.ConversationUpdate})", lines[0]);
    }
}
