using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;
using PipelineBot.Runtime.State;

namespace PipelineBot.Testing.Stories;

/// <summary>Plays stories against a bot in process, through a <see cref="TestAdapter"/> with the bot's middleware.</summary>
public sealed class TestAdapterStoryChannel : IStoryChannel
{
    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;

    /// <summary>Sends each turn to <paramref name="bot"/> through <paramref name="adapter"/>; pass the bot's <paramref name="storage"/> to allow state checks.</summary>
    public TestAdapterStoryChannel(TestAdapter adapter, IBot bot, IStorage? storage = null) : this(adapter, bot.OnTurnAsync, storage) { }

    /// <summary>Sends each turn to <paramref name="callback"/> through <paramref name="adapter"/>; pass the bot's <paramref name="storage"/> to allow state checks.</summary>
    public TestAdapterStoryChannel(TestAdapter adapter, BotCallbackHandler callback, IStorage? storage = null)
    {
        _adapter = adapter;
        _callback = callback;
        Storage = storage;
    }

    /// <inheritdoc />
    public IStorage? Storage { get; }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        await _adapter.ProcessActivityAsync(activity, _callback, cancellationToken);
        var replies = new List<Activity>();
        while (_adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }
        return replies;
    }
}
