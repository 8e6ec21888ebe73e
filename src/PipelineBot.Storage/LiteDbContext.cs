using System.Globalization;
using LiteDB;
using Microsoft.Extensions.Options;

namespace PipelineBot.Storage;

/// <summary>
/// The process's single LiteDB database, shared by the bot-state storage and the domain stores.
/// Register it as a singleton: a second <see cref="LiteDatabase"/> over the same file in direct mode is not refused on
/// Linux, and the two would each keep their own log and page map and overwrite each other's pages.
/// </summary>
public sealed class LiteDbContext : IDisposable
{
    /// <summary>Opens (or creates) the database file named by the options.</summary>
    public LiteDbContext(IOptions<LiteDbStorageOptions> options)
    {
        var path = Path.GetFullPath(options.Value.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Mapper = CreateMapper();
        Database = new LiteDatabase(
            new ConnectionString
            {
                Filename = path,
                // Direct keeps the file open for the process's lifetime; shared mode reopens it and takes a named mutex
                // around every single operation, far too slow for group commits at this rate.
                Connection = ConnectionType.Direct,
                // IStorage keys are ordinal, like MemoryStorage's; LiteDB's default collation ignores case and would
                // merge "User/A" and "user/a" into one document. Only applies when the file is created.
                Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal),
            },
            Mapper)
        {
            // A header pragma, not a connection-string option in LiteDB 5: without it dates come back as local time.
            UtcDate = true,
            // Checkpoints are the writer's alone, between batches on its thread (see CheckpointSchedule); LiteDB's own,
            // once the log passes a size, would run inside a commit that still holds collection locks while readers wait.
            CheckpointSize = 0,
        };
    }

    /// <summary>
    /// The shared database. Use it only while holding <see cref="Engine"/> (see <see cref="Read{T}"/>); explicit
    /// transactions are also bound to the calling thread.
    /// </summary>
    public LiteDatabase Database { get; }

    /// <summary>
    /// Lets one thread at a time into the engine. LiteDB 5's page cache is not safe for two: a reader can pin a page
    /// that another thread is recycling, which fails with "share counter must be &gt; 0 in Release()" and leaves the
    /// engine refusing every later call. Reads are a few index lookups and the writer holds it for one batch, so
    /// serialising them costs far less than a database that stops working under load.
    /// </summary>
    internal Lock Engine { get; } = new();

    /// <summary>The mapper the database was opened with; register entity mappings on it at start-up, before first use.</summary>
    public BsonMapper Mapper { get; }

    /// <summary>
    /// Runs <paramref name="read"/> with the engine to itself. Materialise query results inside it: a lazy result read
    /// later would be back in the engine without the lock.
    /// </summary>
    public T Read<T>(Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (Engine)
        {
            return read();
        }
    }

    /// <summary>Checkpoints the log into the data file and closes it.</summary>
    public void Dispose()
    {
        lock (Engine)
        {
            Database.Dispose();
        }
    }

    // One configured instance rather than BsonMapper.Global, so settings cannot leak in from (or out to) other code.
    private static BsonMapper CreateMapper() => new()
    {
        // LiteDB's defaults trim strings and store "" as null, silently changing the values written.
        TrimWhitespace = false,
        EmptyStringToNull = false,
    };
}
