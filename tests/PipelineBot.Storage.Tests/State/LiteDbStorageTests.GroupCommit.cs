using LiteDB;
using PipelineBot.Runtime.State;

namespace PipelineBot.Storage.Tests.State;

/// <summary>Group commit: commands queued while the writer is stalled share one transaction yet keep their own outcome.</summary>
public sealed partial class LiteDbStorageTests
{
    [Fact]
    public async Task WriteAsync_200ConcurrentWrites_CommitInFewBatchesAndSurviveReopen()
    {
        var writes = new Task<string>[200];

        WhileWriterStalled(() => Parallel.For(0, writes.Length, i => writes[i] = WriteAsync($"conv/{i}", $"{{\"i\":{i}}}", null)));
        var etags = await Task.WhenAll(writes);

        // The writer waited for the engine with at most the first write taken, then drained the rest into one batch.
        Assert.InRange(_database.Storage.CommitCount, 1, 2);
        var found = await _database.Reopen().ReadAsync([.. Enumerable.Range(0, 200).Select(i => $"conv/{i}")]);
        Assert.Equal(etags, Enumerable.Range(0, 200).Select(i => found[$"conv/{i}"].ETag));
    }

    [Fact]
    public async Task WriteAsync_ConcurrentWritesWithSameETag_ExactlyOneWins()
    {
        var etag = await WriteAsync("conv/1", "v0", null);

        var writes = WhileWriterStalled(() => Enumerable.Range(0, 10).Select(i => WriteAsync("conv/1", $"v{i + 1}", etag)).ToArray());
        var outcomes = await Task.WhenAll(writes.Select(Outcome));

        var winner = Assert.Single(outcomes, outcome => outcome.ETag is not null);
        Assert.All(outcomes.Where(outcome => outcome != winner), outcome => Assert.IsType<StorageConcurrencyException>(outcome.Error));
        Assert.Equal(winner.ETag, (await Storage.ReadAsync(["conv/1"]))["conv/1"].ETag);
    }

    [Fact]
    public async Task WriteAsync_RejectedRequestInBatch_OthersCommit()
    {
        var etag = await WriteAsync("existing", "old", null);
        var commitsBefore = _database.Storage.CommitCount;

        var (before, rejected, after) = WhileWriterStalled(() => (
            WriteAsync("before", "v", null),
            Storage.WriteAsync(new Dictionary<string, StoreItem> { ["partial"] = new("v", null), ["existing"] = new("new", "stale") }),
            WriteAsync("after", "v", null)));

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => rejected);
        await Task.WhenAll(before, after);
        // Three commands in at most two commits: the rejected one shared its batch with another.
        Assert.InRange(_database.Storage.CommitCount - commitsBefore, 1, 2);
        var found = await Storage.ReadAsync(["before", "partial", "existing", "after"]);
        Assert.Equal(["after", "before", "existing"], found.Keys.Order());
        Assert.Equal(new StoreItem("old", etag), found["existing"]);
    }

    [Fact]
    public async Task WriteAsync_RequestLiteDbRefusesInBatch_FailsAloneAndWritesNothing()
    {
        var tooLongKey = new string('k', 2000);

        var (before, refused, after) = WhileWriterStalled(() => (
            WriteAsync("before", "v", null),
            Storage.WriteAsync(new Dictionary<string, StoreItem> { ["partial"] = new("v", null), [tooLongKey] = new("v", null) }),
            WriteAsync("after", "v", null)));

        await Assert.ThrowsAsync<LiteException>(() => refused);
        await Task.WhenAll(before, after);
        Assert.Equal(["after", "before"], (await Storage.ReadAsync(["before", "partial", "after"])).Keys.Order());
    }

    [Fact]
    public async Task DeleteAsync_QueuedBetweenWrites_IsAppliedInOrder()
    {
        var (created, deleted, recreated) = WhileWriterStalled(() => (
            WriteAsync("k", "first", null),
            Storage.DeleteAsync(["k"]),
            WriteAsync("k", "second", null)));

        await Task.WhenAll(created, deleted, recreated);

        Assert.Equal(new StoreItem("second", await recreated), (await Storage.ReadAsync(["k"]))["k"]);
    }

    private T WhileWriterStalled<T>(Func<T> queue) => WriterGate.WhileStalled(_database.Context, queue);

    private void WhileWriterStalled(Action queue) => WhileWriterStalled(() =>
    {
        queue();
        return true;
    });

    private static async Task<(string? ETag, Exception? Error)> Outcome(Task<string> write)
    {
        try
        {
            return (await write, null);
        }
        catch (StorageConcurrencyException error)
        {
            return (null, error);
        }
    }
}
