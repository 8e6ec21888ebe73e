using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Conversations;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Hosting.DirectLine;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Tests.Endpoints;

/// <summary>The host's own Direct Line 3.0 endpoint, spoken to over HTTP and its WebSocket stream as Web Chat does.</summary>
public sealed class DirectLineEndpointTests : IAsyncLifetime
{
    private const string Secret = "a-direct-line-secret-of-at-least-32-characters";

    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await MeetingConversation.StartHostAsync(settings: new Dictionary<string, string?>
    {
        ["DirectLine:Secret"] = Secret,
        ["DirectLine:MaxActivitiesPerConversation"] = "10",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task StartConversation_WithPageToken_Returns201AndTheBotGreetsInTheStartLocale()
    {
        var token = await DirectLineClient.GetPageTokenAsync(_host.Http);

        using var response = await DirectLineClient.SendAsync(_host.Http, HttpMethod.Post, "/conversations", token.Token, new { user = new { }, locale = "cs-CZ" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = (await response.Content.ReadFromJsonAsync<DirectLineConversationToken>())!;
        Assert.Equal(token.ConversationId, started.ConversationId);
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{started.ConversationId}/stream?t=", started.StreamUrl, StringComparison.Ordinal);
        var client = new DirectLineClient(_host.Http, started);
        var greeting = await client.ReadNewAsync();
        Assert.Equal([Text("qualify.welcome.new", "cs-CZ"), Ask("consent", "cs-CZ")], greeting.Select(a => a.Text));
        Assert.Equal([$"{started.ConversationId}|0000001", $"{started.ConversationId}|0000002"], greeting.Select(a => a.Id));
        Assert.All(greeting, a => Assert.Equal(Channels.Directline, a.ChannelId));
        Assert.Equal("2", client.Watermark);
    }

    [Fact]
    public async Task StartConversation_Twice_Returns200AndGreetsOnce()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);

        using var again = await DirectLineClient.SendAsync(_host.Http, HttpMethod.Post, "/conversations", client.Token, new { user = new { } });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, (await client.ReadNewAsync()).Count);
    }

    [Fact]
    public async Task PostActivity_ComesBackWithItsIdAndClientActivityIdThenTheBotAnswersIt()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);
        await client.ReadNewAsync();

        var id = await client.PostAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Text = "yes",
            ChannelId = "webchat",
            From = new ChannelAccount("web-visitor", "Visitor"),
            ChannelData = JsonSerializer.SerializeToElement(new { clientActivityID = "client-1" }),
        });

        var (echo, reply) = Pair(await client.ReadNewAsync());
        Assert.Equal(id, echo.Id);
        Assert.Equal("client-1", ((JsonElement)echo.ChannelData!).GetProperty("clientActivityID").GetString());
        Assert.Equal("yes", echo.Text);
        Assert.Equal(Ask("name", "en-US"), reply.Text);
        Assert.Equal(id, reply.ReplyToId);
        Assert.Equal("4", client.Watermark);
    }

    [Fact]
    public async Task GetActivities_WithoutWatermark_ReturnsTheWholeConversation()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);
        await client.SayAsync("yes");

        using var response = await client.SendAsync(HttpMethod.Get, "/activities");

        var set = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, set.GetProperty("activities").GetArrayLength());
        Assert.Equal("4", set.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task PageEvents_AreAcceptedWithoutAnApology()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);
        await client.ReadNewAsync();

        foreach (var name in new[] { "requestQuote", "downloadEbook", "somethingNoOneHandles" })
        {
            await client.PostAsync(new Activity { Type = ActivityTypes.Event, Name = name, Value = JsonSerializer.SerializeToElement(new { page = "/" }) });
        }

        var activities = await client.ReadNewAsync();
        Assert.Equal(["requestQuote", "downloadEbook", "somethingNoOneHandles"], activities.Select(a => a.Name));
        Assert.All(activities, a => Assert.Equal(ActivityTypes.Event, a.Type));
    }

    [Fact]
    public async Task VisitorDetailsEvent_FillsTheLeadOnceTheVisitorConsents()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);
        await client.PostAsync(new Activity
        {
            Type = ActivityTypes.Event,
            Name = "visitorDetails",
            Value = JsonSerializer.SerializeToElement(new { name = "Ada Lovelace", email = "ada@acme-analytics.com" }),
        });

        await client.SayAsync("yes");

        var asked = (await client.ReadNewAsync())[^1];
        Assert.Equal(Ask("company", "en-US"), asked.Text);
        var lead = await _host.Service<ILeadRepository>().GetByVisitorAsync(new VisitorKey(Channels.Directline, asked.Recipient!.Id!));
        Assert.Equal("Ada Lovelace", lead?.Name);
    }

    [Fact]
    public async Task ActivityLog_KeepsOnlyTheNewestActivities()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);

        for (var i = 0; i < 6; i++)
        {
            await client.SayAsync("why");
        }

        var kept = await client.ReadNewAsync();
        Assert.Equal(10, kept.Count);
        Assert.True(int.Parse(client.Watermark!, System.Globalization.CultureInfo.InvariantCulture) > 10);
        Assert.Equal($"{client.ConversationId}|{int.Parse(client.Watermark!, System.Globalization.CultureInfo.InvariantCulture):D7}", kept[^1].Id);
    }

    [Fact]
    public async Task Stream_SendsTheConversationThenEachNewActivitySetWithItsWatermark()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);
        using var socket = await _host.Factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(client.StreamUrl!), CancellationToken.None);

        var first = await ReceiveSetAsync(socket, until: 2);
        var id = await client.SayAsync("yes");
        var next = await ReceiveSetAsync(socket, until: 4);

        Assert.Equal([Text("qualify.welcome.new", "en-US"), Ask("consent", "en-US")], first.Select(a => a.Text));
        Assert.Equal(["yes", Ask("name", "en-US")], next.Select(a => a.Text));
        Assert.Equal(id, next[0].Id);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task Reconnect_GivesAStreamUrlThatReplaysFromTheWatermark()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);
        await client.SayAsync("yes");

        using var response = await client.SendAsync(HttpMethod.Get, "?watermark=2");

        var reconnected = (await response.Content.ReadFromJsonAsync<DirectLineConversationToken>())!;
        Assert.EndsWith("&watermark=2", reconnected.StreamUrl, StringComparison.Ordinal);
        using var socket = await _host.Factory.Server.CreateWebSocketClient().ConnectAsync(new Uri(reconnected.StreamUrl!), CancellationToken.None);
        Assert.Equal(["yes", Ask("name", "en-US")], (await ReceiveSetAsync(socket, until: 4)).Select(a => a.Text));
    }

    [Fact]
    public async Task SecondStream_ClosesTheFirstWithCollision()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);
        var sockets = _host.Factory.Server.CreateWebSocketClient();
        using var first = await sockets.ConnectAsync(new Uri(client.StreamUrl!), CancellationToken.None);
        await ReceiveSetAsync(first, until: 2);

        using var second = await sockets.ConnectAsync(new Uri(client.StreamUrl!), CancellationToken.None);

        var closed = await first.ReceiveAsync(new byte[1024], CancellationToken.None);
        Assert.Equal(WebSocketMessageType.Close, closed.MessageType);
        Assert.Equal("collision", first.CloseStatusDescription);
        Assert.Equal(2, (await ReceiveSetAsync(second, until: 2)).Count);
    }

    [Fact]
    public async Task RefreshToken_GivesANewTokenForTheSameConversation()
    {
        var client = await DirectLineClient.StartAsync(_host.Http);

        using var response = await DirectLineClient.SendAsync(_host.Http, HttpMethod.Post, "/tokens/refresh", client.Token);

        var refreshed = (await response.Content.ReadFromJsonAsync<DirectLineConversationToken>())!;
        Assert.Equal(client.ConversationId, refreshed.ConversationId);
        var reader = new DirectLineClient(_host.Http, refreshed);
        Assert.Equal(2, (await reader.ReadNewAsync()).Count);
    }

    [Fact]
    public async Task GenerateToken_WithTheSecret_BindsTheUserTheServerNames()
    {
        using var response = await DirectLineClient.SendAsync(_host.Http, HttpMethod.Post, "/tokens/generate", Secret, new { user = new { id = "dl_signed-in-42" } });
        var token = (await response.Content.ReadFromJsonAsync<DirectLineConversationToken>())!;
        using var started = await DirectLineClient.SendAsync(_host.Http, HttpMethod.Post, "/conversations", token.Token, new { user = new { id = "someone-else" } });
        var client = new DirectLineClient(_host.Http, (await started.Content.ReadFromJsonAsync<DirectLineConversationToken>())!);

        await client.SayAsync("yes");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1800, token.ExpiresIn);
        var activities = await client.ReadNewAsync();
        Assert.Equal("dl_signed-in-42", Assert.Single(activities, a => a.From?.Role == "user").From!.Id);
        Assert.All(activities.Where(a => a.From?.Role == "bot"), a => Assert.Equal("dl_signed-in-42", a.Recipient?.Id));
    }

    [Fact]
    public async Task StartConversation_WithTheSecret_OpensANewConversationForTheNamedUser()
    {
        using var response = await DirectLineClient.SendAsync(_host.Http, HttpMethod.Post, "/conversations", Secret, new { user = new { id = "crm-user-7" }, locale = "en-US" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = (await response.Content.ReadFromJsonAsync<DirectLineConversationToken>())!;
        using var read = await DirectLineClient.SendAsync(_host.Http, HttpMethod.Get, $"/conversations/{started.ConversationId}/activities", Secret);
        var set = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.All(set.GetProperty("activities").EnumerateArray(), a => Assert.Equal("crm-user-7", a.GetProperty("recipient").GetProperty("id").GetString()));
    }

    private string Text(string key, string locale) => _host.Service<IDialogText>().Get(key, locale);

    private string Ask(string question, string locale) => _host.Service<QualificationContent>().Ask(question, locale);

    private static (Activity, Activity) Pair(IReadOnlyList<Activity> activities)
    {
        Assert.Equal(2, activities.Count);
        return (activities[0], activities[1]);
    }

    /// <summary>Reads ActivitySets off the stream until one ends at watermark <paramref name="until"/>; returns their activities.</summary>
    private static async Task<List<Activity>> ReceiveSetAsync(WebSocket socket, int until)
    {
        var activities = new List<Activity>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            using var frame = new MemoryStream();
            var buffer = new byte[4096];
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, timeout.Token);
                frame.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);
            var set = JsonDocument.Parse(frame.ToArray()).RootElement;
            activities.AddRange(set.GetProperty("activities").Deserialize<List<Activity>>(Runtime.Schema.BotJson.Options)!);
            if (set.GetProperty("watermark").GetString() == until.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return activities;
            }
        }
    }
}
