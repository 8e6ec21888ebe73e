using System.ComponentModel.DataAnnotations;

namespace PipelineBot.Storage;

/// <summary>Where the LiteDB file lives and how often its write-ahead log is folded into it.</summary>
public sealed class LiteDbStorageOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "Storage";

    /// <summary>Path of the database file, relative to the working directory; its folder is created when missing.</summary>
    [Required]
    public string DatabasePath { get; set; } = "data/pipelinebot.db";

    /// <summary>
    /// Minimum time between checkpoints of the write-ahead log (<c>&lt;name&gt;-log.db</c>) into the data file.
    /// <para>
    /// Zero, the default, checkpoints every group commit before acknowledging it. In LiteDB 5.0.20 that is what makes
    /// a write durable: <c>Commit()</c> only queues the log pages for a background writer and fsyncs later, and a
    /// checkpoint is the only public call that waits for them and fsyncs the data file.
    /// </para>
    /// <para>
    /// A positive interval acknowledges writes once LiteDB has committed them in memory, and checkpoints at most that
    /// often (also when idle and on dispose): lower write latency, but writes acknowledged since the last checkpoint can
    /// be lost if the process or machine dies.
    /// </para>
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// How many recently used state documents are kept in memory so a turn's reads skip the database (0: none).
    /// Safe because this process is the database file's only writer; a shared database would not cache this way.
    /// </summary>
    [Range(0, 10_000_000)]
    public int CachedStates { get; set; } = 10_000;

    /// <summary>
    /// How many recently used visitors' leads are kept in memory so a visitor's turn reads its lead without a query
    /// (0: none). Safe for the same reason as <see cref="CachedStates"/>.
    /// </summary>
    [Range(0, 10_000_000)]
    public int CachedLeads { get; set; } = 10_000;
}
