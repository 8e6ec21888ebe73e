using System.Diagnostics;
using LiteDB;
using Microsoft.Extensions.Logging;

namespace PipelineBot.Storage.State;

/// <summary>
/// When the writer folds LiteDB's log into the data file: after every commit with a zero interval, otherwise at most
/// once per interval, including while idle and at shutdown, so the log cannot grow without bound.
/// Used only by the writer thread, between batches: a checkpoint waits for every open transaction to finish.
/// </summary>
internal sealed class CheckpointSchedule(LiteDatabase database, TimeSpan interval, ILogger logger)
{
    private long _last = Stopwatch.GetTimestamp();
    private bool _pending;
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    /// <summary>How long the idle writer may block on its queue before a checkpoint falls due.</summary>
    public TimeSpan IdleWait
    {
        get
        {
            if (!_pending)
            {
                return Timeout.InfiniteTimeSpan;
            }
            if (interval == TimeSpan.Zero)
            {
                // Only deferred commits are pending: checkpoint them as soon as nothing else is queued.
                return TimeSpan.Zero;
            }
            var remaining = interval - Stopwatch.GetElapsedTime(_last);
            return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
        }
    }

    /// <summary>
    /// Records a commit and checkpoints if due, unless every command of the batch may wait for the next checkpoint;
    /// throws if that checkpoint fails, since the batch is not yet durable.
    /// </summary>
    public void AfterCommit(bool deferred)
    {
        _pending = true;
        if (!deferred && Stopwatch.GetElapsedTime(_last) >= interval)
        {
            Checkpoint();
        }
    }

    /// <summary>Checkpoints outstanding commits now, whatever the interval; throws if that fails, since the batch is not yet durable.</summary>
    public void CheckpointNowIfPending()
    {
        if (_pending)
        {
            Checkpoint();
        }
    }

    /// <summary>Checkpoints outstanding commits with no caller to report to: failures are logged.</summary>
    public void CheckpointPending()
    {
        if (!_pending)
        {
            return;
        }
        try
        {
            Checkpoint();
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "LiteDB checkpoint failed; it is retried after the next interval.");
        }
    }

    private void Checkpoint()
    {
        // Stamped before the attempt, so a failing checkpoint is retried an interval later rather than in a tight loop.
        _last = Stopwatch.GetTimestamp();
        database.Checkpoint();
        _pending = false;
        Interlocked.Increment(ref _count);
    }
}
