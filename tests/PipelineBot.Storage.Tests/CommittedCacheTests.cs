using PipelineBot.Runtime.State;

namespace PipelineBot.Storage.Tests;

public sealed class CommittedCacheTests
{
    private static readonly StoreItem Old = new("{\"step\":1}", "e1");
    private static readonly StoreItem New = new("{\"step\":2}", "e2");

    [Fact]
    public void Fill_ReadBeforeACommitWasPublished_DoesNotReplaceTheCommittedValue()
    {
        var cache = new CommittedCache<StoreItem>(10);
        cache.TryGet("k", out _, out var generation);

        cache.Publish([KeyValuePair.Create("k", (StoreItem?)New)]);
        cache.Fill("k", Old, generation);

        Assert.True(cache.TryGet("k", out var item, out _));
        Assert.Equal(New, item);
    }

    [Fact]
    public void Fill_AnotherKeyCommittedMeanwhile_IsSkipped()
    {
        var cache = new CommittedCache<StoreItem>(10);
        cache.TryGet("k", out _, out var generation);

        cache.Publish([KeyValuePair.Create("other", (StoreItem?)New)]);
        cache.Fill("k", Old, generation);

        Assert.False(cache.TryGet("k", out _, out _));
    }

    [Fact]
    public void Fill_NoCommitMeanwhile_IsServedNextTime()
    {
        var cache = new CommittedCache<StoreItem>(10);
        cache.TryGet("k", out _, out var generation);

        cache.Fill("k", Old, generation);

        Assert.True(cache.TryGet("k", out var item, out _));
        Assert.Equal(Old, item);
    }

    [Fact]
    public void Publish_Delete_ForgetsTheKey()
    {
        var cache = new CommittedCache<StoreItem>(10);
        cache.Publish([KeyValuePair.Create("k", (StoreItem?)New)]);

        cache.Publish([KeyValuePair.Create("k", (StoreItem?)null)]);

        Assert.False(cache.TryGet("k", out _, out _));
    }

    [Fact]
    public void Publish_BeyondCapacity_DropsTheLeastRecentlyUsed()
    {
        var cache = new CommittedCache<StoreItem>(2);
        cache.Publish([KeyValuePair.Create("a", (StoreItem?)Old), KeyValuePair.Create("b", (StoreItem?)Old)]);
        cache.TryGet("a", out _, out _);

        cache.Publish([KeyValuePair.Create("c", (StoreItem?)Old)]);

        Assert.True(cache.TryGet("a", out _, out _));
        Assert.False(cache.TryGet("b", out _, out _));
        Assert.True(cache.TryGet("c", out _, out _));
    }

    [Fact]
    public void Clear_AfterAFailedBatch_ForgetsEverythingAndRefusesPendingFills()
    {
        var cache = new CommittedCache<StoreItem>(10);
        cache.Publish([KeyValuePair.Create("a", (StoreItem?)Old)]);
        cache.TryGet("b", out _, out var generation);

        cache.Clear();
        cache.Fill("b", Old, generation);

        Assert.False(cache.TryGet("a", out _, out _));
        Assert.False(cache.TryGet("b", out _, out _));
    }

    [Fact]
    public void ZeroCapacity_CachesNothing()
    {
        var cache = new CommittedCache<StoreItem>(0);

        cache.Publish([KeyValuePair.Create("a", (StoreItem?)Old)]);

        Assert.False(cache.TryGet("a", out _, out _));
    }
}
