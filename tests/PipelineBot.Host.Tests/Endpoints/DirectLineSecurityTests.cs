using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Host.Tests.Conversations;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Hosting.DirectLine;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Tests.Endpoints;

/// <summary>
/// What a page, or anyone holding one visitor's token, cannot do with the host's Direct Line endpoint: reach another
/// conversation, outlive the token, speak as someone else, or get a 5xx out of it with a malformed request.
/// </summary>
public sealed class DirectLineSecurityTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    private FakeTimeProvider Clock => (FakeTimeProvider)_host.Service<TimeProvider>();

    public async Task InitializeAsync() => _host = await MeetingConversation.StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string> OtherConversationRequests => new()
    {
        { "GET", "/activities" },
        { "POST", "/activities" },
        { "GET", "" },
    };

    [Theory]
    [MemberData(nameof(OtherConversationRequests))]
    public async Task TokenForConversationA_CannotReachConversationB(string method, string path)
    {
        var a = await DirectLineClient.StartAsync(_host.Http);
        var b = await DirectLineClient.StartAsync(_host.Http);

        using var response = await DirectLineClient.SendAsync(_host.Http, new HttpMethod(method), $"/conversations/{b.ConversationId}{path}", a.Token,
            method == "POST" ? new { type = "message", text = "hello from A" } : null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(2, (await b.ReadNewAsync()).Count);
    }

    [Fact]
    public async Task StreamUrlOfConversationA_CannotOpenConversationB()
    {
        var a = await DirectLineClient.StartAsync(_host.Http);
        var b = await DirectLineClient.StartAsync(_host.Http);
        var forged = new Uri(a.StreamUrl!.Replace(a.ConversationId, b.ConversationId, StringComparison.Ordinal));

        var refused = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => _host.Factory.Server.CreateWebSocketClient().ConnectAsync(forged, CancellationToken.None));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredToken_IsRefusedWith403EverywhereIncludingRefresh()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);

        Clock.Advance(TimeSpan.FromMinutes(30));

        foreach (var (method, path) in new[] { ("GET", $"/conversations/{client.ConversationId}/activities"), ("POST", "/tokens/refresh"), ("POST", "/conversations") })
        {
            using var response = await DirectLineClient.SendAsync(_host.Http, new HttpMethod(method), path, client.Token);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("TokenExpired", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task TokenRefreshedBeforeExpiry_KeepsWorkingAfterTheOldOneExpires()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);
        Clock.Advance(TimeSpan.FromMinutes(15));
        using var refresh = await DirectLineClient.SendAsync(_host.Http, HttpMethod.Post, "/tokens/refresh", client.Token);
        var refreshed = new DirectLineClient(_host.Http, (await refresh.Content.ReadFromJsonAsync<DirectLineConversationToken>())!);

        Clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(2, (await refreshed.ReadNewAsync()).Count);
        using var old = await client.SendAsync(HttpMethod.Get, "/activities");
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
    }

    public static TheoryData<string?> BadCredentials => new()
    {
        null,
        "not-a-token",
        "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJjb252IjoiYSIsInVzZXIiOiJiIiwic2NvcGUiOiJjb252ZXJzYXRpb24ifQ.",
    };

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task MissingOrForgedCredential_Gets401(string? credential)
    {
        var client = await DirectLineClient.StartAsync(_host.Http);

        using var read = await DirectLineClient.SendAsync(_host.Http, HttpMethod.Get, $"/conversations/{client.ConversationId}/activities", credential);
        using var start = await DirectLineClient.SendAsync(_host.Http, HttpMethod.Post, "/conversations", credential);

        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, start.StatusCode);
    }

    [Fact]
    public async Task StreamUrlToken_IsNotABearerToken()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);
        var streamToken = Uri.UnescapeDataString(client.StreamUrl!.Split("?t=")[1]);

        using var response = await DirectLineClient.SendAsync(_host.Http, HttpMethod.Get, $"/conversations/{client.ConversationId}/activities", streamToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAConfiguredSecret_NoCredentialGeneratesTokens()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);

        using var withToken = await DirectLineClient.SendAsync(_host.Http, HttpMethod.Post, "/tokens/generate", client.Token);
        using var withEmpty = await DirectLineClient.SendAsync(_host.Http, HttpMethod.Post, "/tokens/generate", "");

        Assert.Equal(HttpStatusCode.Forbidden, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withEmpty.StatusCode);
    }

    [Fact]
    public async Task PostedActivity_SpeaksAsTheTokensUserWhateverItClaims()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);
        var user = (await client.ReadNewAsync())[0].Recipient!.Id!;

        await client.PostAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = "yes",
            ChannelId = Channels.Msteams,
            From = new ChannelAccount("29:anna-novak", "Anna") { AadObjectId = "6be94c2e-2f4d-4c8a-9d4b-1a2b3c4d5e6f" },
            Conversation = new ConversationAccount("someone-elses-conversation"),
            DeliveryMode = DeliveryModes.ExpectReplies,
        });

        var (echo, reply) = (await client.ReadNewAsync()) switch { [var e, var r] => (e, r), var other => throw new InvalidOperationException($"{other.Count} activities") };
        Assert.Equal(user, echo.From?.Id);
        Assert.Null(echo.From?.AadObjectId);
        Assert.Equal(Channels.Directline, echo.ChannelId);
        Assert.Equal(client.ConversationId, echo.Conversation?.Id);
        Assert.Equal(user, reply.Recipient?.Id);
        Assert.NotNull(await _host.Service<ILeadRepository>().GetByVisitorAsync(new VisitorKey(Channels.Directline, user)));
    }

    public static TheoryData<string> MalformedActivities => new()
    {
        "not json",
        "",
        "null",
        "[1,2,3]",
        "\"message\"",
        "{}",
        "{\"type\": \"  \"}",
        "{\"type\": 5}",
        "{\"type\": \"message\", \"text\": {\"nested\": true}}",
        "{\"type\": \"message\", \"from\": \"me\"}",
        "{\"type\": \"message\", \"timestamp\": \"yesterday\"}",
        "{\"type\": \"message\", \"text\": \"hi\"",
        "{\"type\": \"conversationUpdate\", \"membersAdded\": [{\"id\": \"x\"}]}",
        new string('[', 10_000),
    };

    [Theory]
    [MemberData(nameof(MalformedActivities))]
    public async Task MalformedActivity_Gets400AndTheConversationCarriesOn(string body)
    {
        var client = await DirectLineClient.StartAsync(_host.Http);

        using var response = await client.SendAsync(HttpMethod.Post, "/activities", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
        await client.SayAsync("yes");
        Assert.Equal(4, (await client.ReadNewAsync()).Count);
    }

    [Fact]
    public async Task ActivityOverTheSizeLimit_Gets413()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);

        using var response = await client.SendAsync(HttpMethod.Post, "/activities", new { type = "message", text = new string('x', 300 * 1024) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    public static TheoryData<string, string, string?> MalformedRequests => new()
    {
        { "GET", "/activities?watermark=abc", null },
        { "GET", "/activities?watermark=-1", null },
        { "GET", "?watermark=1e3", null },
        { "START", "", "{\"user\": \"me\"}" },
        { "START", "", "{\"locale\": [1]}" },
        { "START", "", $"{{\"user\": {{\"id\": \"{new string('u', 300)}\"}}}}" },
        { "START", "", new string('{', 5000) },
    };

    [Theory]
    [MemberData(nameof(MalformedRequests))]
    public async Task MalformedRequest_Gets4xxNever5xx(string method, string path, string? body)
    {
        var client = await DirectLineClient.StartAsync(_host.Http);

        using var response = method == "START"
            ? await DirectLineClient.SendAsync(_host.Http, HttpMethod.Post, "/conversations", client.Token, body)
            : await client.SendAsync(new HttpMethod(method), path, body);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task StreamRoute_WithoutAWebSocket_Gets400()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);

        using var response = await _host.Http.GetAsync(new Uri(client.StreamUrl!).PathAndQuery);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
