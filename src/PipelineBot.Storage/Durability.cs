namespace PipelineBot.Storage;

/// <summary>When a committed command must be in the data file, that is, checkpointed.</summary>
internal enum Durability
{
    /// <summary>As the checkpoint interval says: with the default zero interval, before the command completes.</summary>
    Batch,

    /// <summary>Before the command completes, whatever the interval: erasure, shutdown.</summary>
    Checkpointed,

    /// <summary>
    /// With the next checkpoint: the one of the next batch that needs it, or as soon as the writer is idle. For a
    /// domain save inside a turn, which the turn's own state write, always after it, makes durable before the turn is
    /// acknowledged; it spares the turn a second checkpoint.
    /// </summary>
    WithNextCheckpoint,
}
