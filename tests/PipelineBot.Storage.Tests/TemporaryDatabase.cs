using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PipelineBot.Storage.Deals;
using PipelineBot.Storage.Leads;
using PipelineBot.Storage.Meetings;
using PipelineBot.Storage.State;

namespace PipelineBot.Storage.Tests;

/// <summary>A database file in a fresh temp folder (not created yet), opened as the container would open it; the folder is deleted on dispose.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pipelinebot-storage-tests", Guid.NewGuid().ToString("N"));
    private readonly IOptions<LiteDbStorageOptions> _options;
    private LiteDbContext? _context;
    private LiteDbWriter? _writer;
    private LiteDbStorage? _storage;

    public TemporaryDatabase(TimeSpan checkpointInterval = default) => _options = Options.Create(new LiteDbStorageOptions
    {
        DatabasePath = Path.Combine(_root, "data", "state.db"),
        CheckpointInterval = checkpointInterval,
    });

    public string DatabasePath => _options.Value.DatabasePath;

    /// <summary>LiteDB 5's write-ahead log, next to the data file.</summary>
    public string LogPath => Path.Combine(_root, "data", "state-log.db");

    public LiteDbContext Context => _context ?? throw new InvalidOperationException("Not open.");

    public LiteDbWriter Writer => _writer ?? throw new InvalidOperationException("Not open.");

    public LiteDbStorage Storage => _storage ?? throw new InvalidOperationException("Not open.");

    /// <summary>A lead store over the open database; not made by <see cref="Open"/>, since ensuring its indexes is a commit.</summary>
    public LiteDbLeadRepository CreateLeadRepository() => new(Context, Writer, _options);

    public LiteDbDealRepository CreateDealRepository() => new(Context, Writer);

    public LiteDbMeetingRepository CreateMeetingRepository() => new(Context, Writer);

    public LiteDbMeetingNoticeLog CreateMeetingNoticeLog() => new(Context, Writer);

    public long LogLength => File.Exists(LogPath) ? new FileInfo(LogPath).Length : 0;

    public LiteDbStorage Open()
    {
        _context = new LiteDbContext(_options);
        _writer = new LiteDbWriter(_context, _options, TimeProvider.System, NullLogger<LiteDbWriter>.Instance);
        _storage = new LiteDbStorage(_context, _writer);
        return _storage;
    }

    /// <summary>Shuts down like the container does: the storage first, then the shared writer, then the database.</summary>
    public void Close()
    {
        _storage?.Dispose();
        _writer?.Dispose();
        _context?.Dispose();
        (_storage, _writer, _context) = (null, null, null);
    }

    public LiteDbStorage Reopen()
    {
        Close();
        return Open();
    }

    public void Dispose()
    {
        Close();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>Queues work while the writer thread is held inside a command, so it all lands in the next batch.</summary>
    public async Task<T> WhileWriterBlocked<T>(Func<T> queue)
    {
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var blocker = Writer.ExecuteAsync((_, _) => { entered.Set(); release.Wait(); return true; }, Durability.Batch, CancellationToken.None);
        entered.Wait();
        try
        {
            return queue();
        }
        finally
        {
            release.Set();
            await blocker;
        }
    }
}
