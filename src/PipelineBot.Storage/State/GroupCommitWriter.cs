using System.Collections.Concurrent;
using LiteDB;
using Microsoft.Extensions.Logging;
using PipelineBot.Runtime.State;

namespace PipelineBot.Storage.State;

/// <summary>
/// The single thread behind <see cref="LiteDbWriter"/> that applies queued commands (bot state and domain alike): it drains everything pending, applies it in one LiteDB
/// transaction, commits once (checkpointing when due) and only then reports each command's outcome.
/// </summary>
internal sealed class GroupCommitWriter
{
    private readonly LiteDatabase _database;
    private readonly Lock _engine;
    private readonly CheckpointSchedule _checkpoints;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly CommittedCache<StoreItem> _cache;
    // Never disposed: callers racing shutdown must still get a refusal from it, and it holds no OS handle unless asked.
    private readonly BlockingCollection<StorageCommand> _queue = [];
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Thread _thread;
    private long _commitCount;

    public GroupCommitWriter(LiteDbContext context, CommittedCache<StoreItem> cache, TimeSpan checkpointInterval, TimeProvider timeProvider, ILogger logger)
    {
        (_database, _engine, _cache, _time, _logger) = (context.Database, context.Engine, cache, timeProvider, logger);
        _checkpoints = new CheckpointSchedule(_database, checkpointInterval, logger);
        // LiteDB 5 binds a transaction to the thread that began it, so the batch loop needs a thread of its own: async
        // code could resume on another thread mid-transaction. Background, so a forgotten Dispose cannot block exit.
        _thread = new Thread(Run) { IsBackground = true, Name = "LiteDB group commit" };
        _thread.Start();
    }

    public long CommitCount => Interlocked.Read(ref _commitCount);

    public long CheckpointCount => _checkpoints.Count;

    /// <summary>Completes once the queue is drained, the last checkpoint done and the thread gone.</summary>
    public Task Stopped => _stopped.Task;

    /// <summary>Queues the command; false once <see cref="Stop"/> was called.</summary>
    public bool TryEnqueue(StorageCommand command)
    {
        try
        {
            _queue.Add(command);
            return true;
        }
        catch (InvalidOperationException) when (_queue.IsAddingCompleted)
        {
            // Stop won the race against this caller.
            return false;
        }
    }

    /// <summary>Refuses new commands; those already queued are still committed.</summary>
    public void Stop() => _queue.CompleteAdding();

    public void Join() => _thread.Join();

    private void Run()
    {
        var batch = new List<StorageCommand>();
        try
        {
            while (!_queue.IsCompleted)
            {
                if (!_queue.TryTake(out var first, _checkpoints.IdleWait))
                {
                    CheckpointPending();
                    continue;
                }
                batch.Add(first);
                lock (_engine)
                {
                    // Drained once the engine is ours, so whatever queued while readers held it joins this batch.
                    while (_queue.TryTake(out var next))
                    {
                        batch.Add(next);
                    }
                    CommitBatch(batch);
                }
                batch.Clear();
            }
            // Folding the log in on the way out leaves nothing to replay at the next start.
            CheckpointPending();
        }
        finally
        {
            _stopped.SetResult();
        }
    }

    private void CheckpointPending()
    {
        lock (_engine)
        {
            _checkpoints.CheckpointPending();
        }
    }

    private void CommitBatch(List<StorageCommand> batch)
    {
        batch.RemoveAll(static command => command.CancelIfRequested());
        if (batch.Count == 0)
        {
            return;
        }
        var rejections = new Dictionary<StorageCommand, Exception>();
        try
        {
            while (ApplyAll(batch, rejections) is { } broken)
            {
                // It may have written some of its keys, and LiteDB cannot undo part of a transaction: roll the whole
                // attempt back and apply the others again without it.
                RollBack();
                batch.Remove(broken);
                rejections.Clear();
            }
            _database.Commit();
            Interlocked.Increment(ref _commitCount);
            _checkpoints.AfterCommit(deferred: batch.TrueForAll(static command => command.Durability == Durability.WithNextCheckpoint));
            if (batch.Exists(static command => command.Durability == Durability.Checkpointed))
            {
                _checkpoints.CheckpointNowIfPending();
            }
        }
        catch (Exception exception)
        {
            // Nothing of the batch is acknowledged. After a failed checkpoint the transaction is already closed and
            // the rollback does nothing: the data is committed but was never reported durable.
            RollBack();
            _cache.Clear();
            batch.ForEach(command => command.Fail(exception));
            return;
        }
        _cache.Publish(batch.Where(command => !rejections.ContainsKey(command)).SelectMany(command => command.Committed));
        foreach (var command in batch)
        {
            if (rejections.TryGetValue(command, out var rejection))
            {
                command.Fail(rejection);
            }
            else
            {
                command.Complete();
            }
        }
    }

    /// <summary>Opens the batch transaction and applies every command; returns the first that failed unexpectedly (already failed), if any.</summary>
    private StorageCommand? ApplyAll(List<StorageCommand> batch, Dictionary<StorageCommand, Exception> rejections)
    {
        var utcNow = _time.GetUtcNow().UtcDateTime;
        _database.BeginTrans();
        foreach (var command in batch)
        {
            try
            {
                command.Apply(_database, utcNow);
            }
            catch (Exception rejection) when (StorageCommand.IsRejection(rejection))
            {
                rejections[command] = rejection;
            }
            catch (Exception exception)
            {
                command.Fail(exception);
                return command;
            }
        }
        return null;
    }

    private void RollBack()
    {
        try
        {
            _database.Rollback();
        }
        catch (Exception exception)
        {
            // Nothing left to undo: LiteDB closes the engine after an I/O error, and later commands will fail on it.
            _logger.LogError(exception, "Rolling back a LiteDB group commit failed.");
        }
    }
}
