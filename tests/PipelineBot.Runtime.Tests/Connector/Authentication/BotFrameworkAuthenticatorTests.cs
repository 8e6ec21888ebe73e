using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Runtime.Connector.Authentication;
using PipelineBot.Testing.Authentication;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Connector.Authentication;

public sealed class BotFrameworkAuthenticatorTests : IAsyncLifetime
{
    private const string AppId = "6a4f1b43-7c0e-4a8e-9f3e-0d6b2c1e5a77";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private TestIdentityProvider _idp = null!;
    private BotFrameworkAuthenticator _authenticator = null!;

    public async Task InitializeAsync()
    {
        _idp = await TestIdentityProvider.StartAsync(_time);
        _authenticator = new BotFrameworkAuthenticator(Options.Create(_idp.CreateOptions(AppId)), _idp.HttpClientFactory, _time);
    }

    public async Task DisposeAsync()
    {
        _authenticator.Dispose();
        await _idp.DisposeAsync();
    }

    [Fact]
    public async Task AuthenticateAsync_AuthDisabled_AcceptsAnonymously()
    {
        using var authenticator = new BotFrameworkAuthenticator(Options.Create(new BotAuthenticationOptions()), _idp.HttpClientFactory, _time);

        var withoutHeader = await authenticator.AuthenticateAsync(Message(Channels.Emulator), null);
        var malformed = await authenticator.AuthenticateAsync(Message(Channels.Emulator), "Bearer");

        Assert.True(withoutHeader.IsAuthenticated);
        Assert.Null(withoutHeader.CallerId);
        Assert.Equal(AuthenticationResult.AnonymousAuthenticationType, withoutHeader.Identity?.AuthenticationType);
        Assert.True(malformed.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateAsync_ValidChannelToken_Succeeds()
    {
        var token = _idp.IssueChannelToken(AppId, ServiceUrl, Channels.Msteams);

        var result = await SendAsync(_authenticator, Channels.Msteams, token);

        Assert.True(result.IsAuthenticated, result.FailureReason);
        Assert.Equal(BotFrameworkAuthenticator.ChannelCallerId, result.CallerId);
        Assert.Equal(AppId, result.Identity?.FindFirst("aud")?.Value);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyInCaseAndTrailingSlash_Succeeds()
    {
        var token = _idp.IssueChannelToken(AppId, "https://SMBA.trafficmanager.net/amer", Channels.Msteams);

        var result = await SendAsync(_authenticator, Channels.Msteams, token);

        Assert.True(result.IsAuthenticated, result.FailureReason);
    }

    [Theory]
    [InlineData(null, "scheme")]
    [InlineData("", "scheme")]
    [InlineData("Basic dXNlcjpwYXNz", "scheme")]
    [InlineData("bearer {token}", "scheme")]
    [InlineData("Bearer", "scheme")]
    [InlineData("{token}", "scheme")]
    [InlineData("Bearer not-a-jwt", "well-formed")]
    [InlineData("Bearer aaa.bbb.ccc", "well-formed")]
    [InlineData("Bearer  {token}", "well-formed")]
    public async Task AuthenticateAsync_MalformedHeader_Fails(string? header, string reason)
    {
        var token = _idp.IssueChannelToken(AppId, ServiceUrl, Channels.Msteams);

        var result = await _authenticator.AuthenticateAsync(Message(Channels.Msteams), header?.Replace("{token}", token, StringComparison.Ordinal));

        AssertFailed(result, reason);
    }

    [Theory]
    [InlineData(TokenSigning.Unsigned, "algorithm")]
    [InlineData(TokenSigning.Unpublished, "not published")]
    public async Task AuthenticateAsync_TokenNotSignedByPublishedKey_Fails(TokenSigning signing, string reason)
    {
        var token = _idp.IssueChannelToken(AppId, ServiceUrl, Channels.Msteams, signing: signing);

        var result = await SendAsync(_authenticator, Channels.Msteams, token);

        AssertFailed(result, reason);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(6, false)]
    public async Task AuthenticateAsync_ExpiredToken_OnlyAcceptedWithinClockSkew(int minutesPastExpiry, bool accepted)
    {
        var token = _idp.IssueChannelToken(AppId, ServiceUrl, Channels.Msteams, lifetime: TimeSpan.FromHours(1));
        _time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(minutesPastExpiry));

        var result = await SendAsync(_authenticator, Channels.Msteams, token);

        Assert.True(accepted == result.IsAuthenticated, result.FailureReason);
    }

    [Fact]
    public async Task AuthenticateAsync_TokenNotYetValidBeyondClockSkew_Fails()
    {
        var lateClock = new FakeTimeProvider(_time.GetUtcNow() - TimeSpan.FromMinutes(6));
        using var authenticator = new BotFrameworkAuthenticator(Options.Create(_idp.CreateOptions(AppId)), _idp.HttpClientFactory, lateClock);
        var token = _idp.IssueChannelToken(AppId, ServiceUrl, Channels.Msteams);

        var result = await SendAsync(authenticator, Channels.Msteams, token);

        AssertFailed(result, "Lifetime");
    }

    [Fact]
    public async Task AuthenticateAsync_WrongAudience_Fails()
    {
        var token = _idp.IssueChannelToken("another-bot", ServiceUrl, Channels.Msteams);

        var result = await SendAsync(_authenticator, Channels.Msteams, token);

        AssertFailed(result, "Audience");
    }

    [Theory]
    [InlineData("https://api.botframework.us")]
    [InlineData("https://sts.windows.net/00000000-0000-0000-0000-000000000000/")]
    public async Task AuthenticateAsync_UntrustedIssuer_Fails(string issuer)
    {
        var token = _idp.IssueChannelToken(AppId, ServiceUrl, Channels.Msteams, issuer: issuer);

        var result = await SendAsync(_authenticator, Channels.Msteams, token);

        AssertFailed(result, "not trusted");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://attacker.example.com/")]
    public async Task AuthenticateAsync_ServiceUrlClaimMissingOrDifferent_Fails(string? claimedServiceUrl)
    {
        var token = _idp.IssueChannelToken(AppId, claimedServiceUrl, Channels.Msteams);

        var result = await SendAsync(_authenticator, Channels.Msteams, token);

        AssertFailed(result, "serviceurl");
    }

    [Fact]
    public async Task AuthenticateAsync_KeyNotEndorsedForChannel_Fails()
    {
        var slackToken = _idp.IssueChannelToken(AppId, ServiceUrl, Channels.Slack);

        var result = await SendAsync(_authenticator, Channels.Msteams, slackToken);

        AssertFailed(result, "not endorsed for channel 'msteams'");
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataUnreachable_Fails()
    {
        var options = _idp.CreateOptions(AppId);
        options.ChannelOpenIdMetadataUrl = $"{_idp.BaseUrl}/missing";
        using var authenticator = new BotFrameworkAuthenticator(Options.Create(options), _idp.HttpClientFactory, _time);
        var token = _idp.IssueChannelToken(AppId, ServiceUrl, Channels.Msteams);

        var result = await SendAsync(authenticator, Channels.Msteams, token);

        AssertFailed(result, "Could not load signing keys");
    }

    [Fact]
    public async Task AuthenticateAsync_ChannelKeysRotated_RefetchesAndSucceeds()
    {
        var before = await SendAsync(_authenticator, Channels.Msteams, _idp.IssueChannelToken(AppId, ServiceUrl, Channels.Msteams));
        _idp.RotateChannelKeys();
        _time.Advance(TimeSpan.FromMinutes(5));

        var after = await SendAsync(_authenticator, Channels.Msteams, _idp.IssueChannelToken(AppId, ServiceUrl, Channels.Msteams));

        Assert.True(before.IsAuthenticated, before.FailureReason);
        Assert.True(after.IsAuthenticated, after.FailureReason);
        Assert.Equal(2, _idp.ChannelMetadataRequests);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task AuthenticateAsync_ValidEmulatorToken_Succeeds(string version)
    {
        var token = _idp.IssueEmulatorToken(AppId, version);

        var result = await SendAsync(_authenticator, Channels.Emulator, token);

        Assert.True(result.IsAuthenticated, result.FailureReason);
        Assert.Equal(BotFrameworkAuthenticator.EmulatorCallerId, result.CallerId);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task AuthenticateAsync_EmulatorTokenForAnotherApp_Fails(string version)
    {
        var token = _idp.IssueEmulatorToken("another-bot", version);

        var result = await SendAsync(_authenticator, Channels.Emulator, token);

        AssertFailed(result, "app id");
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorTokenFromUnknownTenant_Fails()
    {
        var token = _idp.IssueEmulatorToken(AppId, tenantId: "00000000-0000-0000-0000-000000000000");

        var result = await SendAsync(_authenticator, Channels.Emulator, token);

        AssertFailed(result, "not trusted");
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorTokenFromConfiguredTenant_Succeeds()
    {
        const string tenant = "3c1b9a52-5d1e-4e0f-8d43-2a7e9c6b1f00";
        var options = _idp.CreateOptions(AppId);
        options.MicrosoftAppTenantId = tenant;
        using var authenticator = new BotFrameworkAuthenticator(Options.Create(options), _idp.HttpClientFactory, _time);

        var result = await SendAsync(authenticator, Channels.Emulator, _idp.IssueEmulatorToken(AppId, "1.0", tenant));

        Assert.True(result.IsAuthenticated, result.FailureReason);
    }

    private static Task<AuthenticationResult> SendAsync(BotFrameworkAuthenticator authenticator, string channelId, string token) =>
        authenticator.AuthenticateAsync(Message(channelId), $"Bearer {token}");

    private static Activity Message(string channelId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channelId,
        ServiceUrl = channelId == Channels.Emulator ? "http://localhost:53012" : ServiceUrl,
        Text = "hi",
    };

    private static void AssertFailed(AuthenticationResult result, string reason)
    {
        Assert.False(result.IsAuthenticated);
        Assert.Null(result.Identity);
        Assert.Contains(reason, result.FailureReason, StringComparison.Ordinal);
    }
}
