using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;
using PipelineBot.Testing.Connector;

namespace PipelineBot.Host.Tests.Endpoints;

public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string> MalformedBodies => new()
    {
        { "not json", "not a valid activity" },
        { "", "not a valid activity" },
        { "null", "empty or null" },
        { "[1,2,3]", "not a valid activity" },
        { "{\"type\": 5}", "not a valid activity" },
        { "{\"type\": \"message\", \"text\": \"hi\"", "not a valid activity" },
        { "{\"text\": \"hi\"}", "no 'type'" },
        { "{\"type\": \"message\", \"channelId\": \"emulator\", \"from\": {\"id\": \"u\"}, \"serviceUrl\": \"http://127.0.0.1:1\"}", "no 'conversation.id'" },
        { "{\"type\": \"message\", \"channelId\": \"emulator\", \"from\": {\"id\": \"u\"}, \"conversation\": {\"id\": \"c\"}}", "no 'serviceUrl'" },
        { "{\"type\": \"message\", \"channelId\": \"emulator\", \"from\": {\"id\": \"u\"}, \"conversation\": {\"id\": \"c\"}, \"serviceUrl\": \"ftp://example\"}", "not an absolute http(s) URL" },
        { "{\"type\": \"message\", \"channelId\": \"emulator\", \"conversation\": {\"id\": \"c\"}, \"serviceUrl\": \"http://127.0.0.1:1\"}", "no 'from.id'" },
        { "{\"type\": \"message\", \"channelId\": \"emulator\", \"from\": {\"id\": \"u\"}, \"conversation\": {\"id\": \"c\"}, \"timestamp\": \"yesterday\"}", "not a valid activity" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Post_MalformedActivity_Returns400ProblemAndKeepsServing(string body, string expectedDetail)
    {
        using var response = await _host.Http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(expectedDetail, problem.GetProperty("detail").GetString());
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Returns413()
    {
        var visitor = _host.NewVisitor();
        var huge = visitor.Message(new string('x', 300 * 1024));

        using var response = await visitor.PostAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTheLimit_Returns413()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"" + new string('y', 400 * 1024) + "\"}")));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Get_MessagesEndpoint_Returns405()
    {
        using var response = await _host.Http.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("somethingNew")]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.Event)]
    [InlineData(ActivityTypes.EndOfConversation)]
    [InlineData(ActivityTypes.InstallationUpdate)]
    [InlineData(ActivityTypes.MessageReaction)]
    public async Task Post_NonMessageActivity_Returns200WithoutReplies(string type)
    {
        var visitor = _host.NewVisitor();
        var activity = visitor.Message("ignored");
        activity.Type = type;
        activity.Name = type == ActivityTypes.Event ? "webchat/unknown" : null;
        activity.Action = type == ActivityTypes.InstallationUpdate ? "add" : null;

        var replies = await visitor.SendAsync(activity);

        Assert.Empty(replies);
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Post_UnhandledInvoke_Returns501()
    {
        var visitor = _host.NewVisitor();
        var invoke = visitor.Message("");
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "adaptiveCard/action";

        using var response = await visitor.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Reply_KeepsUnknownFieldsOfTheChannelAndSwapsParticipants()
    {
        var visitor = _host.NewVisitor();
        var join = visitor.ConversationUpdate();

        var replies = await visitor.SendAsync(join);

        var reply = replies[0];
        Assert.Equal("pipelinebot", reply.From?.Id);
        Assert.Equal(visitor.UserId, reply.Recipient?.Id);
        Assert.Equal(visitor.ConversationId, reply.Conversation?.Id);
        Assert.Equal(join.Id, reply.ReplyToId);
        Assert.Equal(Channels.Emulator, reply.ChannelId);
    }

    [Fact]
    public async Task ChannelThrottles_ReplyIsRetriedAndDelivered()
    {
        var visitor = _host.NewVisitor();
        _host.Connector.Script(new ScriptedResponse(429, RetryAfter: "0"), new ScriptedResponse(503, RetryAfter: "0"));

        var replies = await visitor.JoinAsync();

        Assert.Equal(2, replies.Count);
    }

    [Fact]
    public async Task ChannelUnreachable_Returns502AndSavesNothing()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        var answer = visitor.Message("yes");
        answer.ServiceUrl = "http://127.0.0.1:9/";

        using var response = await visitor.PostAsync(answer);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(["What's your name?"], await visitor.SayAsync("yes"));
    }

    [Fact]
    public async Task Health_ReportsHealthy()
    {
        using var response = await _host.Http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private async Task AssertStillAnswersAsync()
    {
        var visitor = _host.NewVisitor();
        Assert.StartsWith("Before we start", (await visitor.JoinAsync())[^1], StringComparison.Ordinal);
    }
}
