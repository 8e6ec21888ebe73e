using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Runtime.Connector.Authentication;
using PipelineBot.Testing.Authentication;

namespace PipelineBot.Runtime.Tests.Connector.Authentication;

public sealed class AppCredentialsTests : IAsyncLifetime
{
    private const string AppId = "6a4f1b43-7c0e-4a8e-9f3e-0d6b2c1e5a77";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private TestIdentityProvider _idp = null!;

    public async Task InitializeAsync() => _idp = await TestIdentityProvider.StartAsync(_time);

    public async Task DisposeAsync() => await _idp.DisposeAsync();

    [Fact]
    public async Task GetAccessTokenAsync_AuthDisabled_ReturnsNullWithoutRequest()
    {
        using var credentials = Create(new BotAuthenticationOptions { ToChannelTokenEndpoint = _idp.TokenEndpoint });

        var token = await credentials.GetAccessTokenAsync();

        Assert.Null(token);
        Assert.Empty(_idp.TokenRequests);
    }

    [Fact]
    public async Task GetAccessTokenAsync_FirstCall_PostsClientCredentials()
    {
        using var credentials = Create(_idp.CreateOptions(AppId));

        var token = await credentials.GetAccessTokenAsync();

        Assert.Equal("access-token-1", token);
        var request = Assert.Single(_idp.TokenRequests);
        Assert.Equal("client_credentials", request["grant_type"]);
        Assert.Equal(AppId, request["client_id"]);
        Assert.Equal(TestIdentityProvider.AppPassword, request["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request["scope"]);
        Assert.Equal("botframework.com", request["tenant"]);
    }

    [Fact]
    public async Task GetAccessTokenAsync_SingleTenant_UsesTenantEndpoint()
    {
        var options = _idp.CreateOptions(AppId);
        options.MicrosoftAppType = "SingleTenant";
        options.MicrosoftAppTenantId = "3c1b9a52-5d1e-4e0f-8d43-2a7e9c6b1f00";
        using var credentials = Create(options);

        await credentials.GetAccessTokenAsync();

        Assert.Equal(options.MicrosoftAppTenantId, Assert.Single(_idp.TokenRequests)["tenant"]);
    }

    [Fact]
    public async Task GetAccessTokenAsync_RepeatedCalls_ReuseCachedTokenUntilFiveMinutesBeforeExpiry()
    {
        using var credentials = Create(_idp.CreateOptions(AppId));

        var first = await credentials.GetAccessTokenAsync();
        _time.Advance(TimeSpan.FromMinutes(54));
        var cached = await credentials.GetAccessTokenAsync();
        _time.Advance(TimeSpan.FromMinutes(1));
        var refreshed = await credentials.GetAccessTokenAsync();

        Assert.Equal(first, cached);
        Assert.NotEqual(first, refreshed);
        Assert.Equal(2, _idp.TokenRequests.Count);
    }

    [Fact]
    public async Task GetAccessTokenAsync_ConcurrentCallers_ShareOneRequest()
    {
        _idp.TokenResponseDelay = TimeSpan.FromMilliseconds(200);
        using var credentials = Create(_idp.CreateOptions(AppId));

        var tokens = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => credentials.GetAccessTokenAsync()));

        Assert.All(tokens, token => Assert.Equal("access-token-1", token));
        Assert.Single(_idp.TokenRequests);
    }

    [Fact]
    public async Task GetAccessTokenAsync_EndpointRefusesCredentials_ThrowsWithEntraError()
    {
        using var credentials = Create(_idp.CreateOptions(AppId, "wrong-password"));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => credentials.GetAccessTokenAsync());

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("invalid_client", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessTokenAsync_EndpointUnreachable_ThrowsNamingEndpoint()
    {
        var options = _idp.CreateOptions(AppId);
        options.ToChannelTokenEndpoint = "http://127.0.0.1:1/botframework.com/oauth2/v2.0/token";
        using var credentials = Create(options);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => credentials.GetAccessTokenAsync());

        Assert.Contains(options.ToChannelTokenEndpoint, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessTokenAsync_UserAssignedMsi_ThrowsNotSupportedConfiguration()
    {
        var options = _idp.CreateOptions(AppId, appPassword: null);
        options.MicrosoftAppType = "UserAssignedMSI";
        using var credentials = Create(options);

        await Assert.ThrowsAsync<InvalidOperationException>(() => credentials.GetAccessTokenAsync());
        Assert.Empty(_idp.TokenRequests);
    }

    private AppCredentials Create(BotAuthenticationOptions options) => new(Options.Create(options), _idp.HttpClientFactory, _time);
}
