using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Builder;

public class TurnContextTests
{
    private readonly BuilderHarness _harness = new();

    [Fact]
    public async Task SendActivityAsync_Text_IsAddressedAsReplyToTheUser()
    {
        var context = _harness.CreateContext("hi");

        await context.SendActivityAsync("Hello, Anna");

        var reply = Assert.Single(_harness.Replies());
        Assert.Equal("Hello, Anna", reply.Text);
        Assert.Equal(("bot", "user1", "convo1"), (reply.From!.Id, reply.Recipient!.Id, reply.Conversation!.Id));
        Assert.Equal(context.Activity.Id, reply.ReplyToId);
        Assert.Equal(context.Activity.ServiceUrl, reply.ServiceUrl);
    }

    [Fact]
    public async Task SendActivitiesAsync_OnSendActivitiesHandler_SeesEveryOutgoingActivity()
    {
        var context = _harness.CreateContext();
        var seen = new List<string?>();
        context.OnSendActivities(async (ctx, activities, next) =>
        {
            seen.AddRange(activities.Select(a => a.Text));
            return await next();
        });

        await context.SendActivitiesAsync([MessageFactory.Text("one"), MessageFactory.Text("two")]);

        Assert.Equal(["one", "two"], seen);
        Assert.Equal(["one", "two"], _harness.Replies().Select(r => r.Text));
    }

    [Fact]
    public async Task SendActivityAsync_HandlerChangesAndAddsActivities_ChangedBatchIsSent()
    {
        var context = _harness.CreateContext();
        context.OnSendActivities((ctx, activities, next) =>
        {
            activities.ForEach(a => a.Text = a.Text?.ToUpperInvariant());
            activities.Add(MessageFactory.Text("(sent by PipelineBot)"));
            return next();
        });

        await context.SendActivityAsync("deal saved");

        Assert.Equal(["DEAL SAVED", "(sent by PipelineBot)"], _harness.Replies().Select(r => r.Text));
    }

    [Fact]
    public async Task SendActivityAsync_HandlersChained_RunInRegistrationOrder()
    {
        var context = _harness.CreateContext();
        var order = new List<string>();
        context.OnSendActivities(async (ctx, activities, next) => { order.Add("first"); return await next(); });
        context.OnSendActivities(async (ctx, activities, next) => { order.Add("second"); return await next(); });

        await context.SendActivityAsync("hi");

        Assert.Equal(["first", "second"], order);
    }

    [Fact]
    public async Task SendActivityAsync_HandlerDoesNotCallNext_NothingIsSent()
    {
        var context = _harness.CreateContext();
        context.OnSendActivities((ctx, activities, next) => Task.FromResult(activities.Select(_ => new ResourceResponse("swallowed")).ToArray()));

        var response = await context.SendActivityAsync("secret");

        Assert.Equal("swallowed", response.Id);
        Assert.Empty(_harness.Replies());
    }

    [Fact]
    public async Task SendActivityAsync_ExpectRepliesTurn_BuffersRepliesAndSendsNothing()
    {
        var context = _harness.CreateContext("hi", DeliveryModes.ExpectReplies);

        await context.SendActivityAsync("one");
        await context.SendActivitiesAsync([MessageFactory.Text("two"), MessageFactory.Text("three")]);

        Assert.Equal(["one", "two", "three"], context.BufferedReplyActivities.Select(a => a.Text));
        Assert.All(context.BufferedReplyActivities, a => Assert.Equal("user1", a.Recipient!.Id));
        Assert.Empty(_harness.Replies());
        Assert.True(context.Responded);
    }

    [Fact]
    public async Task SendActivityAsync_InvokeResponse_IsKeptInTurnStateAndNotSent()
    {
        var context = _harness.CreateContext(type: ActivityTypes.Invoke);

        await context.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse, Value = new InvokeResponse(200, new { ok = true }) });

        var kept = context.TurnState.Get<Activity>(TurnContext.InvokeResponseKey);
        Assert.Equal(200, Assert.IsType<InvokeResponse>(kept!.Value).Status);
        Assert.Empty(_harness.Replies());
        Assert.False(context.Responded);
    }

    [Fact]
    public async Task SendActivityAsync_InvokeResponseOnExpectRepliesTurn_IsNotBuffered()
    {
        var context = _harness.CreateContext(deliveryMode: DeliveryModes.ExpectReplies, type: ActivityTypes.Invoke);

        await context.SendActivitiesAsync([new Activity { Type = ActivityTypes.InvokeResponse, Value = new InvokeResponse(200) }, MessageFactory.Text("done")]);

        Assert.Equal(["done"], context.BufferedReplyActivities.Select(a => a.Text));
        Assert.NotNull(context.TurnState.Get<Activity>(TurnContext.InvokeResponseKey));
    }

    [Fact]
    public async Task Responded_BeforeAndAfterAMessage_ReportsWhetherTheUserSawAnything()
    {
        var context = _harness.CreateContext();
        var before = context.Responded;

        await context.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "debug" });
        var afterTrace = context.Responded;
        await context.SendActivityAsync("hi");

        Assert.False(before);
        Assert.False(afterTrace);
        Assert.True(context.Responded);
    }

    [Fact]
    public async Task SendActivitiesAsync_MixedBatch_ReturnsOneResponsePerActivity()
    {
        var context = _harness.CreateContext();

        var responses = await context.SendActivitiesAsync([MessageFactory.Text("a"), new Activity { Type = ActivityTypes.InvokeResponse }, MessageFactory.Text("b")]);

        Assert.Equal(3, responses.Length);
        Assert.NotNull(responses[0].Id);
        Assert.Null(responses[1].Id);
        Assert.NotNull(responses[2].Id);
    }

    [Fact]
    public void TurnState_SetAndGet_ByKeyAndByType()
    {
        var context = _harness.CreateContext();

        context.TurnState.Set("answer", 42);
        context.TurnState.Set(new Uri("https://example.com/"));
        context.TurnState.Remove("missing");

        Assert.Equal(42, context.TurnState.Get<int>("answer"));
        Assert.Equal("https://example.com/", context.TurnState.Get<Uri>()!.ToString());
        Assert.Null(context.TurnState.Get<string>("answer"));
    }
}
