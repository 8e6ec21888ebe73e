using Microsoft.Extensions.Time.Testing;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Testing.Tests;

public class TestAdapterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task ProcessActivityAsync_BareActivity_FillsAddressingFromDefaults()
    {
        var adapter = new TestAdapter(timeProvider: new FakeTimeProvider(Now));
        Activity? received = null;

        await adapter.ProcessActivityAsync(new Activity { Text = "hi" }, (ctx, _) => { received = ctx.Activity; return Task.CompletedTask; });

        Assert.NotNull(received);
        Assert.Equal((ActivityTypes.Message, "1", Now, "test", "https://test.com", "en-us"),
            (received.Type, received.Id, received.Timestamp, received.ChannelId, received.ServiceUrl, received.Locale));
        Assert.Equal(("user1", "User1", "bot", "Bot", "convo1"),
            (received.From!.Id, received.From.Name, received.Recipient!.Id, received.Recipient.Name, received.Conversation!.Id));
    }

    [Fact]
    public async Task ProcessActivityAsync_AddressedActivity_KeepsItsAddressing()
    {
        var adapter = new TestAdapter("emulator", "de-DE");
        var activity = new Activity { Id = "a7", From = new ChannelAccount("ada"), Conversation = new ConversationAccount("c9") };

        await adapter.ProcessActivityAsync(activity, (_, _) => Task.CompletedTask);

        Assert.Equal(("a7", "ada", "c9", "emulator", "de-DE"),
            (activity.Id, activity.From!.Id, activity.Conversation!.Id, activity.ChannelId, activity.Locale));
    }

    [Fact]
    public async Task SendTextToBotAsync_BotRepliesTwice_QueuesRepliesInOrderWithIds()
    {
        var adapter = new TestAdapter();

        await adapter.SendTextToBotAsync("hi", Reply("one", "two"));

        var first = adapter.GetNextReply();
        var second = adapter.GetNextReply();
        Assert.Equal(("one", "two"), (first?.Text, second?.Text));
        Assert.NotEqual(first!.Id, second!.Id);
        Assert.Equal(("bot", "user1"), (first.From!.Id, first.Recipient!.Id));
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task UpdateActivityAsync_QueuedReply_ReplacesItInPlace()
    {
        var adapter = new TestAdapter();

        await adapter.SendTextToBotAsync("hi", async (ctx, ct) =>
        {
            var sent = await ctx.SendActivityAsync("draft", cancellationToken: ct);
            await ctx.SendActivityAsync("after", cancellationToken: ct);
            var update = MessageFactory.Text("final");
            update.Id = sent.Id;
            await ctx.UpdateActivityAsync(update, ct);
        });

        Assert.Equal(["final", "after"], adapter.ActiveQueue.Select(a => a.Text));
    }

    [Fact]
    public async Task DeleteActivityAsync_QueuedReply_RemovesIt()
    {
        var adapter = new TestAdapter();

        await adapter.SendTextToBotAsync("hi", async (ctx, ct) =>
        {
            var sent = await ctx.SendActivityAsync("oops", cancellationToken: ct);
            await ctx.SendActivityAsync("kept", cancellationToken: ct);
            await ctx.DeleteActivityAsync(sent.Id!, ct);
        });

        Assert.Equal(["kept"], adapter.ActiveQueue.Select(a => a.Text));
    }

    [Fact]
    public async Task SendActivitiesAsync_TraceActivity_DroppedUnlessEnabled()
    {
        var quiet = new TestAdapter();
        var verbose = new TestAdapter { SendTraceActivities = true };
        BotCallbackHandler trace = (ctx, ct) => ctx.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "debug" }, ct);

        await quiet.SendTextToBotAsync("hi", trace);
        await verbose.SendTextToBotAsync("hi", trace);

        Assert.Empty(quiet.ActiveQueue);
        Assert.Equal(ActivityTypes.Trace, Assert.Single(verbose.ActiveQueue).Type);
    }

    [Fact]
    public void CreateConversationUpdate_Always_AddsUserAndBot()
    {
        var update = new TestAdapter().CreateConversationUpdate();

        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal(["user1", "bot"], update.MembersAdded!.Select(m => m.Id));
    }

    [Fact]
    public async Task GetNextReplyAsync_ReplyFromBackgroundWork_ReturnsItOnArrival()
    {
        var adapter = new TestAdapter();
        var release = new TaskCompletionSource();
        Task? background = null;
        await adapter.SendTextToBotAsync("hi", (ctx, _) =>
        {
            background = Task.Run(async () => { await release.Task; await ctx.SendActivityAsync("later"); }, CancellationToken.None);
            return Task.CompletedTask;
        });

        var waiting = adapter.GetNextReplyAsync(TimeSpan.FromSeconds(30));
        release.SetResult();

        Assert.Equal("later", (await waiting)?.Text);
        await background!;
    }

    [Fact]
    public async Task GetNextReplyAsync_NothingSent_ReturnsNullAfterTimeout()
    {
        var adapter = new TestAdapter();

        Assert.Null(await adapter.GetNextReplyAsync(TimeSpan.Zero));
    }

    private static BotCallbackHandler Reply(params string[] texts) => async (ctx, ct) =>
    {
        foreach (var text in texts)
        {
            await ctx.SendActivityAsync(text, cancellationToken: ct);
        }
    };
}
