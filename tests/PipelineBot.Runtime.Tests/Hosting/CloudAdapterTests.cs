using System.Text.Json;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Connector;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Hosting;

public class CloudAdapterTests
{
    private readonly CloudAdapterHarness _harness = new();
    private int _botRuns;

    [Fact]
    public async Task ProcessAsync_Message_Answers200AndSendsRepliesThroughTheConnector()
    {
        var (status, body) = await _harness.PostAsync(CloudAdapterHarness.Message("hi"), Echo);

        Assert.Equal(200, status);
        Assert.Equal(string.Empty, body);
        var sent = Assert.Single(_harness.Connector.Sent);
        Assert.Equal(("echo: hi", "in-1", "http://localhost:53012"), (sent.Text, sent.ReplyToId, sent.ServiceUrl));
    }

    [Fact]
    public async Task ProcessAsync_ExpectReplies_ReturnsRepliesInTheBodyAndSendsNothing()
    {
        var activity = CloudAdapterHarness.Message("hi");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        activity.ServiceUrl = null;

        var (status, body) = await _harness.PostAsync(activity, async (context, ct) =>
        {
            await context.SendActivityAsync("one", cancellationToken: ct);
            await context.SendActivityAsync("two", cancellationToken: ct);
        });

        Assert.Equal(200, status);
        var replies = JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options)!;
        Assert.Equal(["one", "two"], replies.Activities.Select(a => a.Text));
        Assert.Empty(_harness.Connector.Sent);
    }

    [Fact]
    public async Task ProcessAsync_InvokeNotHandled_Answers501()
    {
        var invoke = CloudAdapterHarness.Message();
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "adaptiveCard/action";

        var (status, _) = await _harness.PostAsync(invoke, new ActivityHandler().OnTurnAsync);

        Assert.Equal(501, status);
    }

    [Fact]
    public async Task ProcessAsync_InvokeHandled_AnswersWithTheHandlersStatusAndBody()
    {
        var invoke = CloudAdapterHarness.Message();
        invoke.Type = ActivityTypes.Invoke;

        var (status, body) = await _harness.PostAsync(invoke, (context, ct) =>
            context.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse, Value = new InvokeResponse(200, new { statusCode = 200, value = "saved" }) }, ct));

        Assert.Equal(200, status);
        Assert.Equal("saved", JsonDocument.Parse(body).RootElement.GetProperty("value").GetString());
        Assert.Empty(_harness.Connector.Sent);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("""{ "channelId": "emulator" }""")]
    public async Task ProcessAsync_BadBody_Answers400WithoutRunningTheBot(string body)
    {
        var (status, _) = await _harness.PostAsync(body, CountingBot);

        Assert.Equal(400, status);
        Assert.Equal(0, _botRuns);
    }

    [Fact]
    public async Task ProcessAsync_AuthenticationFails_Answers401WithEmptyBody()
    {
        var harness = new CloudAdapterHarness(authenticated: false);

        var (status, body) = await harness.PostAsync(CloudAdapterHarness.Message(), CountingBot);

        Assert.Equal(401, status);
        Assert.Equal(string.Empty, body);
        Assert.Equal(0, _botRuns);
    }

    [Fact]
    public async Task ProcessAsync_BotThrows_ApologisesToTheUser()
    {
        var (status, _) = await _harness.PostAsync(CloudAdapterHarness.Message(), (_, _) => throw new InvalidOperationException("CRM is down"));

        Assert.Equal(200, status);
        Assert.Contains("something went wrong", Assert.Single(_harness.Connector.Sent).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_RepliesCannotBeDelivered_Answers502()
    {
        _harness.Connector.FailWith = new ConnectorException("down", 503);

        var (status, _) = await _harness.PostAsync(CloudAdapterHarness.Message(), Echo);

        Assert.Equal(502, status);
    }

    [Theory]
    [InlineData(Channels.Emulator, 1)]
    [InlineData(Channels.Msteams, 0)]
    public async Task SendActivitiesAsync_Trace_ReachesOnlyTheEmulator(string channelId, int expectedSent)
    {
        var activity = CloudAdapterHarness.Message();
        activity.ChannelId = channelId;

        await _harness.PostAsync(activity, (context, ct) => context.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "debug" }, ct));

        Assert.Equal(expectedSent, _harness.Connector.Sent.Count);
    }

    private Task CountingBot(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        _botRuns++;
        return Task.CompletedTask;
    }

    private static Task Echo(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync($"echo: {turnContext.Activity.Text}", cancellationToken: cancellationToken);
}
