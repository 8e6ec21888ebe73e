using PipelineBot.Runtime.State;

namespace PipelineBot.Storage.Tests.State;

/// <summary>The <see cref="IStorage"/> contract every implementation must honour; subclasses supply the storage.</summary>
public abstract class StorageContractTests
{
    protected abstract IStorage Storage { get; }

    [Fact]
    public async Task ReadAsync_MissingKeys_ReturnsNothing()
    {
        var found = await Storage.ReadAsync(["missing/a", "missing/b"]);

        Assert.Empty(found);
    }

    [Fact]
    public async Task ReadAsync_SomeKeysMissing_ReturnsOnlyStoredOnes()
    {
        var etag = await WriteAsync("k", "{\"n\":1}", null);

        var found = await Storage.ReadAsync(["k", "missing"]);

        Assert.Equal(new StoreItem("{\"n\":1}", etag), Assert.Single(found).Value);
    }

    [Fact]
    public async Task WriteAsync_NewKeys_AreReadBackWithReturnedETags()
    {
        var etags = await Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["conv/1"] = new("{\"turn\":1}", null),
            ["user/1"] = new("{\"name\":\"Ada\"}", StoreItem.AnyETag),
        });

        var found = await Storage.ReadAsync(["conv/1", "user/1"]);

        Assert.Equal(new StoreItem("{\"turn\":1}", etags["conv/1"]), found["conv/1"]);
        Assert.Equal(new StoreItem("{\"name\":\"Ada\"}", etags["user/1"]), found["user/1"]);
    }

    [Fact]
    public async Task WriteAsync_AnyETagOnExistingKey_Overwrites()
    {
        await WriteAsync("k", "old", null);

        var etag = await WriteAsync("k", "new", StoreItem.AnyETag);

        Assert.Equal(new StoreItem("new", etag), (await Storage.ReadAsync(["k"]))["k"]);
    }

    [Fact]
    public async Task WriteAsync_NullETagOnExistingKey_ThrowsAndKeepsValue()
    {
        var etag = await WriteAsync("k", "first", null);

        var conflict = await Assert.ThrowsAsync<StorageConcurrencyException>(() => WriteAsync("k", "second", null));

        Assert.Equal("k", conflict.Key);
        Assert.Equal(new StoreItem("first", etag), (await Storage.ReadAsync(["k"]))["k"]);
    }

    [Fact]
    public async Task WriteAsync_StaleETag_Throws()
    {
        var stale = await WriteAsync("k", "v1", null);
        await WriteAsync("k", "v2", stale);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => WriteAsync("k", "v3", stale));
    }

    [Fact]
    public async Task WriteAsync_ETagOnMissingKey_Throws()
    {
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => WriteAsync("k", "v", "some-etag"));

        Assert.Empty(await Storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task WriteAsync_MatchingETag_SucceedsWithNewETag()
    {
        var first = await WriteAsync("k", "v1", null);

        var second = await WriteAsync("k", "v2", first);

        Assert.NotEqual(first, second);
        Assert.Equal(new StoreItem("v2", second), (await Storage.ReadAsync(["k"]))["k"]);
    }

    [Fact]
    public async Task WriteAsync_OneFailingPrecondition_WritesNothing()
    {
        var etag = await WriteAsync("existing", "old", null);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["fresh"] = new("new", null),
            ["existing"] = new("new", "stale-etag"),
        }));

        var found = await Storage.ReadAsync(["fresh", "existing"]);
        Assert.Equal(new StoreItem("old", etag), Assert.Single(found).Value);
    }

    [Fact]
    public async Task WriteAsync_KeysDifferingOnlyInCase_AreDistinct()
    {
        await WriteAsync("user/Ada", "upper", null);
        await WriteAsync("user/ada", "lower", null);

        var found = await Storage.ReadAsync(["user/Ada", "user/ada"]);

        Assert.Equal("upper", found["user/Ada"].Json);
        Assert.Equal("lower", found["user/ada"].Json);
    }

    [Fact]
    public async Task DeleteAsync_MissingKeys_Succeeds()
    {
        await Storage.DeleteAsync(["missing/a", "missing/b"]);

        Assert.Empty(await Storage.ReadAsync(["missing/a"]));
    }

    [Fact]
    public async Task DeleteAsync_ExistingKey_RemovesOnlyIt()
    {
        await WriteAsync("gone", "v", null);
        await WriteAsync("kept", "v", null);

        await Storage.DeleteAsync(["gone"]);

        Assert.Equal("kept", Assert.Single(await Storage.ReadAsync(["gone", "kept"])).Key);
    }

    protected async Task<string> WriteAsync(string key, string json, string? etag) =>
        (await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(json, etag) }))[key];
}
