using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using PipelineBot.Runtime.Connector.Authentication;
using PipelineBot.Testing.Authentication;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Connector.Authentication;

public sealed class SigningKeyCacheTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private TestIdentityProvider _idp = null!;
    private SigningKeyCache _cache = null!;

    public async Task InitializeAsync()
    {
        _idp = await TestIdentityProvider.StartAsync(_time);
        _cache = new SigningKeyCache(_idp.MetadataUrl, _idp.HttpClientFactory, _time);
    }

    public async Task DisposeAsync()
    {
        _cache.Dispose();
        await _idp.DisposeAsync();
    }

    [Fact]
    public async Task FindAsync_PublishedKey_ReturnsItWithEndorsements()
    {
        var kid = KidOf(_idp.IssueChannelToken("app", "https://example.com/", Channels.Directline));

        var key = await _cache.FindAsync(kid, CancellationToken.None);

        Assert.Equal(kid, key?.Key.Kid);
        Assert.Equal([Channels.Directline], key?.Endorsements);
    }

    [Fact]
    public async Task FindAsync_ConcurrentAndRepeatedLookups_FetchMetadataOnce()
    {
        var kid = KidOf(_idp.IssueChannelToken("app", "https://example.com/", Channels.Msteams));

        var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _cache.FindAsync(kid, CancellationToken.None)));
        await _cache.FindAsync(kid, CancellationToken.None);

        Assert.All(keys, key => Assert.NotNull(key));
        Assert.Equal(1, _idp.ChannelMetadataRequests);
    }

    [Fact]
    public async Task FindAsync_UnknownKid_RefetchesAtMostOncePerInterval()
    {
        await _cache.FindAsync(KidOf(_idp.IssueChannelToken("app", "https://example.com/", Channels.Msteams)), CancellationToken.None);

        var withinInterval = await _cache.FindAsync("made-up", CancellationToken.None);
        _time.Advance(SigningKeyCache.RefetchInterval);
        await _cache.FindAsync("made-up", CancellationToken.None);
        await _cache.FindAsync("made-up-again", CancellationToken.None);

        Assert.Null(withinInterval);
        Assert.Equal(2, _idp.ChannelMetadataRequests);
    }

    [Fact]
    public async Task FindAsync_KeysOlderThanADay_AreRefreshed()
    {
        var kid = KidOf(_idp.IssueChannelToken("app", "https://example.com/", Channels.Msteams));
        await _cache.FindAsync(kid, CancellationToken.None);

        _time.Advance(TimeSpan.FromHours(24));
        var key = await _cache.FindAsync(kid, CancellationToken.None);

        Assert.NotNull(key);
        Assert.Equal(2, _idp.ChannelMetadataRequests);
    }

    [Fact]
    public async Task FindAsync_MetadataUnreachableBeforeAnyKeys_ThrowsHttpRequestException()
    {
        using var cache = new SigningKeyCache($"{_idp.BaseUrl}/missing", _idp.HttpClientFactory, _time);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => cache.FindAsync("kid", CancellationToken.None));

        Assert.Contains("/missing", error.Message, StringComparison.Ordinal);
    }

    private static string KidOf(string token) => new JsonWebToken(token).Kid;
}
