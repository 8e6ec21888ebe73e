using PipelineBot.Runtime.State;

namespace PipelineBot.Runtime.Tests.State;

public class MemoryStorageTests
{
    private readonly MemoryStorage _storage = new();

    [Fact]
    public async Task ReadAsync_MissingKeys_AreAbsent()
    {
        await WriteAsync("a", "1", null);

        var items = await _storage.ReadAsync(["a", "missing"]);

        Assert.Equal(["a"], items.Keys);
        Assert.Equal("1", items["a"].Json);
    }

    [Fact]
    public async Task WriteAsync_EachWrite_StampsANewETag()
    {
        var first = await WriteAsync("a", "1", null);
        var second = await WriteAsync("a", "2", first);

        Assert.NotEqual(first, second);
        Assert.Equal(second, (await _storage.ReadAsync(["a"]))["a"].ETag);
    }

    [Fact]
    public async Task WriteAsync_CurrentETag_Replaces()
    {
        var current = await WriteAsync("a", "1", null);

        await WriteAsync("a", "2", current);

        Assert.Equal("2", await JsonOfAsync("a"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task WriteAsync_StaleOrMissingETagOverExistingItem_ThrowsAndKeepsTheItem(bool withoutETag)
    {
        var stale = await WriteAsync("a", "1", null);
        await WriteAsync("a", "2", stale);

        var conflict = await Assert.ThrowsAsync<StorageConcurrencyException>(() => WriteAsync("a", "3", withoutETag ? null : stale));

        Assert.Equal("a", conflict.Key);
        Assert.Equal("2", await JsonOfAsync("a"));
    }

    [Fact]
    public async Task WriteAsync_AnyETag_OverwritesUnconditionally()
    {
        await WriteAsync("a", "1", null);

        await WriteAsync("a", "2", StoreItem.AnyETag);

        Assert.Equal("2", await JsonOfAsync("a"));
    }

    [Fact]
    public async Task WriteAsync_OneConflictInBatch_WritesNothing()
    {
        var etag = await WriteAsync("a", "1", null);
        await WriteAsync("a", "2", etag);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => _storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["b"] = new("new", null),
            ["a"] = new("3", etag),
        }));

        Assert.Empty(await _storage.ReadAsync(["b"]));
    }

    [Fact]
    public async Task DeleteAsync_MissingKey_IsNotAnError()
    {
        await WriteAsync("a", "1", null);

        await _storage.DeleteAsync(["a", "missing"]);

        Assert.Empty(await _storage.ReadAsync(["a"]));
    }

    private async Task<string> WriteAsync(string key, string json, string? etag) =>
        (await _storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(json, etag) }))[key];

    private async Task<string?> JsonOfAsync(string key) =>
        (await _storage.ReadAsync([key])).TryGetValue(key, out var item) ? item.Json : null;
}
