using System.Text.Json;
using System.Text.Json.Nodes;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Hosting.DirectLine;

/// <summary>
/// One open conversation: its user, and the activities its clients fetch, numbered in the order the channel took
/// them. A client's watermark is the number of the last activity it has; it gets only later ones. Only the newest
/// <see cref="DirectLineOptions.MaxActivitiesPerConversation"/> are kept, so a client that fell that far behind
/// misses the oldest. At most one WebSocket streams the conversation, as in Direct Line.
/// </summary>
internal sealed class DirectLineConversation
{
    private readonly Lock _gate = new();
    private readonly Queue<(long Sequence, byte[] Json)> _activities = new();
    private readonly int _capacity;
    private long _lastSequence;
    private long _lastUsedTicks;
    private int _stream;
    private bool _ended;
    private TaskCompletionSource _changed = NewSignal();

    public DirectLineConversation(string id, string userId, string? locale, int capacity, DateTimeOffset now)
    {
        Id = id;
        UserId = userId;
        Locale = locale;
        _capacity = capacity;
        _lastUsedTicks = now.UtcTicks;
    }

    public string Id { get; }

    /// <summary>The user the conversation was opened for; token holders always speak as them.</summary>
    public string UserId { get; }

    /// <summary>The locale the client opened the conversation in, for the bot's greeting.</summary>
    public string? Locale { get; }

    public DateTimeOffset LastUsed => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    /// <summary>The watermark after the newest activity.</summary>
    public long Watermark
    {
        get
        {
            lock (_gate)
            {
                return _lastSequence;
            }
        }
    }

    /// <summary>Records that a client or the bot used the conversation, which keeps it open.</summary>
    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);

    /// <summary>
    /// Adds an activity as delivered at <paramref name="now"/> and returns the id it got; the stored copy carries that
    /// id and time, the caller's object is left as it was.
    /// </summary>
    public string Append(Activity activity, DateTimeOffset now)
    {
        var json = JsonSerializer.SerializeToNode(activity, BotJson.Options)!.AsObject();
        json["timestamp"] = JsonValue.Create(now.UtcDateTime);
        TaskCompletionSource changed;
        string id;
        lock (_gate)
        {
            var sequence = ++_lastSequence;
            id = $"{Id}|{sequence:D7}";
            json["id"] = id;
            _activities.Enqueue((sequence, JsonSerializer.SerializeToUtf8Bytes(json, BotJson.Options)));
            while (_activities.Count > _capacity)
            {
                _activities.Dequeue();
            }
            changed = Pulse();
        }
        changed.SetResult();
        Touch(now);
        return id;
    }

    /// <summary>The activities after <paramref name="watermark"/>, oldest first, and the watermark after them.</summary>
    public (IReadOnlyList<byte[]> Activities, long Watermark) ReadAfter(long watermark)
    {
        lock (_gate)
        {
            return ([.. _activities.Where(a => a.Sequence > watermark).Select(a => a.Json)], _lastSequence);
        }
    }

    /// <summary>Makes the caller the conversation's one stream and returns its number; an earlier stream is told to stop.</summary>
    public int OpenStream()
    {
        TaskCompletionSource changed;
        int stream;
        lock (_gate)
        {
            stream = ++_stream;
            changed = Pulse();
        }
        changed.SetResult();
        return stream;
    }

    /// <summary>True while <paramref name="stream"/> is the conversation's stream and the conversation is open.</summary>
    public bool IsStreaming(int stream)
    {
        lock (_gate)
        {
            return _stream == stream && !_ended;
        }
    }

    /// <summary>True once the conversation has been forgotten.</summary>
    public bool HasEnded
    {
        get
        {
            lock (_gate)
            {
                return _ended;
            }
        }
    }

    /// <summary>
    /// Completes when there is an activity after <paramref name="watermark"/>, or <paramref name="stream"/> has been
    /// replaced, or the conversation has ended.
    /// </summary>
    public Task WaitForChangeAsync(long watermark, int stream, CancellationToken cancellationToken)
    {
        Task changed;
        lock (_gate)
        {
            if (_lastSequence > watermark || _stream != stream || _ended)
            {
                return Task.CompletedTask;
            }
            changed = _changed.Task;
        }
        return changed.WaitAsync(cancellationToken);
    }

    /// <summary>Closes the conversation once it has been forgotten: its stream stops.</summary>
    public void End()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _ended = true;
            changed = Pulse();
        }
        changed.SetResult();
    }

    // Called under the lock: swaps in a new signal and returns the old one, to be completed outside the lock.
    private TaskCompletionSource Pulse()
    {
        var changed = _changed;
        _changed = NewSignal();
        return changed;
    }

    // Waiters continue on the thread pool, not inside whoever appended.
    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
