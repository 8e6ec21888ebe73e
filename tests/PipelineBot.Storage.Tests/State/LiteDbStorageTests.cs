using PipelineBot.Runtime.State;
using PipelineBot.Storage.State;

namespace PipelineBot.Storage.Tests.State;

/// <summary>The storage contract plus what only a file-backed, group-committing store has: restarts, batching, checkpoints.</summary>
public sealed partial class LiteDbStorageTests : StorageContractTests, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public LiteDbStorageTests() => _database.Open();

    protected override IStorage Storage => _database.Storage;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task WriteAsync_ThenReopen_DataSurvives()
    {
        var etag = await WriteAsync("conv/1", "{\"turn\":3}", null);

        _database.Reopen();

        Assert.Equal(new StoreItem("{\"turn\":3}", etag), (await Storage.ReadAsync(["conv/1"]))["conv/1"]);
        await WriteAsync("conv/1", "{\"turn\":4}", etag);
    }

    [Fact]
    public async Task WriteAsync_Always_StoresUpdatedAsUtc()
    {
        await WriteAsync("k", "v", null);

        var document = _database.Context.Database.GetCollection(LiteDbStorage.CollectionName).FindById("k");

        Assert.Equal(DateTimeKind.Utc, document["updated"].AsDateTime.Kind);
    }

    [Fact]
    public async Task WriteAsync_CancelledBeforeQueued_IsCancelledAndWritesNothing()
    {
        var write = Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("v", null) }, new CancellationToken(canceled: true));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => write);
        Assert.Empty(await Storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task WriteAsync_CheckpointEveryBatch_AcknowledgesOnlyCheckpointedWritesAndKeepsLogEmpty()
    {
        await Task.WhenAll(Enumerable.Range(0, 300).Select(i => WriteAsync($"k{i}", "{}", null)));

        Assert.Equal(_database.Storage.CommitCount, _database.Storage.CheckpointCount);
        // LiteDB 5 truncates its log to zero bytes on every checkpoint...
        Assert.Equal(0, _database.LogLength);
        _database.Close();
        // ...and deletes the empty log when the database is closed.
        Assert.False(File.Exists(_database.LogPath));
        Assert.True(new FileInfo(_database.DatabasePath).Length > 0);
    }

    [Fact]
    public async Task WriteAsync_PeriodicCheckpoint_DefersCheckpointUntilDisposeWhichFoldsTheLogIn()
    {
        using var database = new TemporaryDatabase(TimeSpan.FromHours(1));
        var storage = database.Open();
        var etags = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            etags.Add((await storage.WriteAsync(new Dictionary<string, StoreItem> { [$"k{i}"] = new("{}", null) }))[$"k{i}"]);
        }
        Assert.Equal((20, 0), (storage.CommitCount, storage.CheckpointCount));

        await storage.DisposeAsync();

        Assert.Equal(1, storage.CheckpointCount);
        Assert.Equal(0, database.LogLength);
        var reopened = database.Reopen();
        var found = await reopened.ReadAsync([.. Enumerable.Range(0, 20).Select(i => $"k{i}")]);
        Assert.Equal(etags, Enumerable.Range(0, 20).Select(i => found[$"k{i}"].ETag));
    }

    [Fact]
    public async Task Dispose_WithWritesPending_CommitsThemBeforeReturning()
    {
        var writes = Enumerable.Range(0, 100).Select(i => WriteAsync($"k{i}", $"{i}", null)).ToArray();

        _database.Storage.Dispose();

        Assert.All(writes, write => Assert.True(write.IsCompletedSuccessfully));
        var reopened = _database.Reopen();
        Assert.Equal(100, (await reopened.ReadAsync([.. Enumerable.Range(0, 100).Select(i => $"k{i}")])).Count);
    }

    [Fact]
    public async Task WriteAsync_AfterDispose_ThrowsObjectDisposed()
    {
        await _database.Storage.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => WriteAsync("k", "v", null));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => Storage.DeleteAsync(["k"]));
    }
}
