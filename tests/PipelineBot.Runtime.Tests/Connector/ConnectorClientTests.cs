using System.Text.Json;
using PipelineBot.Runtime.Connector;
using PipelineBot.Runtime.Connector.Authentication;
using PipelineBot.Runtime.Schema;
using PipelineBot.Testing.Connector;

namespace PipelineBot.Runtime.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime, IDisposable
{
    private const string TeamsConversationId = "19:abc@thread.skype;messageid=1";
    private const string EscapedTeamsConversationId = "19%3Aabc%40thread.skype%3Bmessageid%3D1";

    private readonly TimerRecordingTimeProvider _time = new();
    private readonly HttpClient _http = new();
    private ConnectorServer _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task SendActivityAsync_WithReplyToId_PostsToTheReplyRouteWithEscapedIds()
    {
        var activity = Reply(replyToId: "1:msg;id=2");

        var response = await Client().SendActivityAsync(activity);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedTeamsConversationId}/activities/1%3Amsg%3Bid%3D2", request.RawTarget);
        Assert.Equal("sent-1", response.Id);
    }

    [Fact]
    public async Task SendActivityAsync_WithoutReplyToId_PostsToTheSendRoute()
    {
        await Client().SendActivityAsync(Reply(replyToId: null));

        Assert.Equal($"/v3/conversations/{EscapedTeamsConversationId}/activities", Assert.Single(_connector.Requests).RawTarget);
    }

    [Fact]
    public async Task SendActivityAsync_Activity_PostsItAsWireJson()
    {
        await Client().SendActivityAsync(Reply(replyToId: null));

        var body = JsonDocument.Parse(Assert.Single(_connector.Requests).Body).RootElement;
        Assert.Equal("message", body.GetProperty("type").GetString());
        Assert.Equal("Deal 'Acme' moved to Negotiation", body.GetProperty("text").GetString());
        Assert.Equal(TeamsConversationId, body.GetProperty("conversation").GetProperty("id").GetString());
        Assert.False(body.TryGetProperty("replyToId", out _));
    }

    [Theory]
    [InlineData("/amer")]
    [InlineData("/amer/")]
    public async Task SendActivityAsync_ServiceUrlWithPath_ResolvesRoutesBelowIt(string path)
    {
        var activity = Reply(replyToId: null);
        activity.ServiceUrl = _connector.ServiceUrl + path;

        await Client().SendActivityAsync(activity);

        Assert.StartsWith("/amer/v3/conversations/", Assert.Single(_connector.Requests).RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendActivityAsync_TokenProviderReturnsToken_SendsBearerHeader()
    {
        await Client(token: "bot-token").SendActivityAsync(Reply(replyToId: null));

        Assert.Equal("Bearer bot-token", Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task SendActivityAsync_TokenProviderReturnsNull_SendsNoAuthorizationHeader()
    {
        await Client(token: null).SendActivityAsync(Reply(replyToId: null));

        Assert.Null(Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task UpdateActivityAsync_Activity_PutsToItsId()
    {
        var activity = Reply(replyToId: null);
        activity.Id = "sent:7";

        await Client().UpdateActivityAsync(activity);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedTeamsConversationId}/activities/sent%3A7", request.RawTarget);
    }

    [Fact]
    public async Task DeleteActivityAsync_Reference_DeletesTheActivity()
    {
        var reference = new ConversationReference { ServiceUrl = _connector.ServiceUrl, Conversation = new(TeamsConversationId), ActivityId = "sent-7" };

        await Client().DeleteActivityAsync(reference);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedTeamsConversationId}/activities/sent-7", request.RawTarget);
    }

    [Theory]
    [InlineData(200, null)]
    [InlineData(201, "")]
    [InlineData(202, "not json")]
    public async Task SendActivityAsync_SuccessWithoutResourceResponse_ReturnsNullId(int status, string? body)
    {
        _connector.Script(new ScriptedResponse(status, body));

        var response = await Client().SendActivityAsync(Reply(replyToId: null));

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task SendActivityAsync_ThrottledThenUnavailable_RetriesAndSucceeds()
    {
        _connector.Script(new ScriptedResponse(429, RetryAfter: "0"), new ScriptedResponse(503, RetryAfter: "0"));

        var response = await Client().SendActivityAsync(Reply(replyToId: null));

        Assert.Equal("sent-1", response.Id);
        Assert.Equal(3, _connector.Requests.Count);
        Assert.All(_connector.Requests, r => Assert.Contains("Deal 'Acme'", r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendActivityAsync_RetryAfterSeconds_WaitsThatLongOnTheClock()
    {
        _connector.Script(new ScriptedResponse(429, RetryAfter: "2"), new ScriptedResponse(429, RetryAfter: "5"));

        var response = await _time.RunAsync(() => Client().SendActivityAsync(Reply(replyToId: null)));

        Assert.Equal("sent-1", response.Id);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)], _time.Waits);
    }

    [Fact]
    public async Task SendActivityAsync_RetryAfterDate_WaitsUntilThatTime()
    {
        var retryAt = _time.GetUtcNow().AddSeconds(4).ToString("R");
        _connector.Script(new ScriptedResponse(503, RetryAfter: retryAt));

        await _time.RunAsync(() => Client().SendActivityAsync(Reply(replyToId: null)));

        Assert.Equal([TimeSpan.FromSeconds(4)], _time.Waits);
    }

    [Fact]
    public async Task SendActivityAsync_RetryAfterTooLong_WaitsAtMostTheMaximum()
    {
        _connector.Script(new ScriptedResponse(429, RetryAfter: "3600"));

        await _time.RunAsync(() => Client().SendActivityAsync(Reply(replyToId: null)));

        Assert.Equal([ConnectorRetryPolicy.MaxDelay], _time.Waits);
    }

    [Fact]
    public async Task SendActivityAsync_NoRetryAfter_BacksOffWithinBounds()
    {
        _connector.Script(new ScriptedResponse(500), new ScriptedResponse(502), new ScriptedResponse(503));

        var response = await _time.RunAsync(() => Client().SendActivityAsync(Reply(replyToId: null)));

        // Exponential backoff with jitter grows on average but not at every step, so only its bounds are promised.
        Assert.Equal("sent-1", response.Id);
        Assert.Equal(3, _time.Waits.Count);
        Assert.All(_time.Waits, wait => Assert.InRange(wait, TimeSpan.FromMilliseconds(1), ConnectorRetryPolicy.MaxDelay));
    }

    [Fact]
    public async Task SendActivityAsync_AlwaysUnavailable_GivesUpAfterBoundedAttemptsWithStatus()
    {
        _connector.Script([.. Enumerable.Repeat(new ScriptedResponse(503, RetryAfter: "1"), 10)]);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _time.RunAsync(() => Client().SendActivityAsync(Reply(replyToId: null))));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(4, _connector.Requests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task SendActivityAsync_ClientError_FailsAtOnceWithoutRetry(int status)
    {
        _connector.Script(new ScriptedResponse(status, """{"error":{"code":"BadArgument","message":"bad"}}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendActivityAsync(Reply(replyToId: null)));

        Assert.Equal(status, error.StatusCode);
        Assert.Single(_connector.Requests);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://connector.example.com")]
    public async Task SendActivityAsync_NoUsableServiceUrl_ThrowsWithoutStatus(string? serviceUrl)
    {
        var activity = Reply(replyToId: null);
        activity.ServiceUrl = serviceUrl;

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendActivityAsync(activity));

        Assert.Null(error.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task SendActivityAsync_ChannelUnreachable_RetriesThenThrowsWithoutStatus()
    {
        var activity = Reply(replyToId: null);
        var closedPort = _connector.ServiceUrl;
        await _connector.DisposeAsync();
        activity.ServiceUrl = closedPort;

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _time.RunAsync(() => Client().SendActivityAsync(activity)));

        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(3, _time.Waits.Count);
        _connector = await ConnectorServer.StartAsync();
    }

    private ConnectorClient Client(string? token = "bot-token") =>
        new(_http, new StaticTokenProvider(token), ConnectorRetryPolicy.Create(_time));

    private Activity Reply(string? replyToId) => new()
    {
        Type = ActivityTypes.Message,
        Text = "Deal 'Acme' moved to Negotiation",
        ServiceUrl = _connector.ServiceUrl,
        ChannelId = Channels.Msteams,
        Conversation = new ConversationAccount(TeamsConversationId),
        From = new ChannelAccount("28:bot"),
        Recipient = new ChannelAccount("29:user"),
        ReplyToId = replyToId,
    };

    private sealed class StaticTokenProvider(string? token) : IAccessTokenProvider
    {
        public Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult(token);
    }
}
