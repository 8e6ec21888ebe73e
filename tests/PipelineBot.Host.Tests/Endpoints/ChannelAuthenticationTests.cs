using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;
using PipelineBot.Testing.Authentication;
using PipelineBot.Testing.Connector;

namespace PipelineBot.Host.Tests.Endpoints;

public sealed class ChannelAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "3f1c8d2e-pipelinebot";
    private readonly FakeTimeProvider _issuerClock = new(DateTimeOffset.UtcNow.AddHours(-3));
    private TestIdentityProvider _identity = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _identity = await TestIdentityProvider.StartAsync(_issuerClock);
        _host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = TestIdentityProvider.AppPassword,
            ["ChannelOpenIdMetadataUrl"] = _identity.MetadataUrl,
            ["EmulatorOpenIdMetadataUrl"] = _identity.EmulatorMetadataUrl,
            ["ToChannelTokenEndpoint"] = _identity.TokenEndpoint,
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task ValidChannelToken_IsAccepted_AndRepliesCarryTheBotToken()
    {
        _issuerClock.SetUtcNow(DateTimeOffset.UtcNow);
        var visitor = _host.NewVisitor();
        var join = visitor.ConversationUpdate();
        join.ChannelId = Channels.Msteams;

        using var response = await PostAsync(join, _identity.IssueChannelToken(AppId, _host.Connector.ServiceUrl, Channels.Msteams));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(_host.Connector.ReceivedIn(visitor.ConversationId));
        Assert.All(_host.Connector.Requests, r => Assert.StartsWith("Bearer ", r.Authorization));
    }

    [Fact]
    public async Task ValidEmulatorToken_IsAccepted()
    {
        _issuerClock.SetUtcNow(DateTimeOffset.UtcNow);
        var join = _host.NewVisitor().ConversationUpdate();

        using var response = await PostAsync(join, _identity.IssueEmulatorToken(AppId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> RejectedTokens => ["none", "unsigned", "wrongly signed", "expired", "wrong audience", "wrong serviceUrl", "wrong issuer", "not endorsed"];

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task InvalidToken_Gets401AndNothingIsProcessed(string kind)
    {
        var visitor = _host.NewVisitor();
        var join = visitor.ConversationUpdate();
        join.ChannelId = Channels.Msteams;
        var expired = _identity.IssueChannelToken(AppId, _host.Connector.ServiceUrl, Channels.Msteams, TimeSpan.FromHours(1));
        _issuerClock.SetUtcNow(DateTimeOffset.UtcNow);
        var token = kind switch
        {
            "none" => null,
            "unsigned" => _identity.IssueChannelToken(AppId, _host.Connector.ServiceUrl, Channels.Msteams, signing: TokenSigning.Unsigned),
            "wrongly signed" => _identity.IssueChannelToken(AppId, _host.Connector.ServiceUrl, Channels.Msteams, signing: TokenSigning.Unpublished),
            "expired" => expired,
            "wrong audience" => _identity.IssueChannelToken("someone-else", _host.Connector.ServiceUrl, Channels.Msteams),
            "wrong serviceUrl" => _identity.IssueChannelToken(AppId, "https://elsewhere.example/", Channels.Msteams),
            "wrong issuer" => _identity.IssueChannelToken(AppId, _host.Connector.ServiceUrl, Channels.Msteams, issuer: "https://evil.example"),
            _ => _identity.IssueChannelToken(AppId, _host.Connector.ServiceUrl, Channels.Slack),
        };

        using var response = await PostAsync(join, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Empty(_host.Connector.ReceivedIn(visitor.ConversationId));
    }

    private Task<HttpResponseMessage> PostAsync(Activity activity, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity, options: BotJson.Options) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return _host.Http.SendAsync(request);
    }
}
