using PipelineBot.Runtime.Schema;

namespace PipelineBot.Testing.Stories;

/// <summary>
/// The turn-by-turn bookkeeping shared by stories and transcripts: each user turn's message replies are queued,
/// expectations consume them in order, and replies nobody expected fail the replay before the next turn.
/// </summary>
/// <param name="channel">Where turns are sent.</param>
/// <param name="title">How failures introduce the file, e.g. <c>Story "greets by name" (greeting.story.yaml)</c>.</param>
/// <param name="file">The file being replayed, for <see cref="StoryAssertionException.File"/>.</param>
internal sealed class ConversationReplay(IStoryChannel channel, string title, string file)
{
    private Activity? _turn;
    private List<Activity> _replies = [];
    private int _consumed;

    /// <summary>Sends a user turn, after checking that every reply of the previous one was expected.</summary>
    public async Task SendAsync(Activity activity, string step, CancellationToken cancellationToken)
    {
        EnsureAllConsumed(step);
        var replies = await channel.SendAsync(activity, cancellationToken);
        // Typing, traces and events are plumbing; stories speak about what the user reads.
        _replies = [.. replies.Where(r => r.Type is null or ActivityTypes.Message)];
        _turn = activity;
        _consumed = 0;
    }

    /// <summary>Takes the next reply of the turn and checks it against <paramref name="expectation"/>.</summary>
    public void ExpectReply(ReplyExpectation expectation, string step)
    {
        if (_consumed == _replies.Count)
        {
            throw Fail(step, expectation.ToString(), "the bot sent no further reply this turn");
        }
        var reply = _replies[_consumed++];
        if (!expectation.IsMetBy(reply))
        {
            throw Fail(step, expectation.ToString(), $"reply {_consumed} was {ReplyFormatter.Describe(reply)}");
        }
    }

    /// <summary>Checks that the turn has no reply left to consume.</summary>
    public void ExpectNoReply(string step)
    {
        if (_consumed < _replies.Count)
        {
            throw Fail(step, "no further reply this turn", $"reply {_consumed + 1} was {ReplyFormatter.Describe(_replies[_consumed])}");
        }
    }

    /// <summary>Marks the rest of the turn's replies as seen, whatever they say.</summary>
    public void SkipReplies() => _consumed = _replies.Count;

    /// <summary>Fails when replies are left over, so a story cannot pass while the bot says things it does not mention.</summary>
    public void EnsureAllConsumed(string step)
    {
        if (_consumed < _replies.Count)
        {
            var extra = _replies.Count - _consumed;
            throw Fail(step, $"every reply to the previous turn to be matched by a bot step (add bot steps, \"bot: {{ any: true }}\" or \"skip-replies: true\")",
                $"{extra} more {(extra == 1 ? "reply was" : "replies were")} left, starting with reply {_consumed + 1}");
        }
    }

    /// <summary>
    /// A failure at <paramref name="step"/>: what was expected, what happened and, unless <paramref name="details"/>
    /// replaces it (empty for nothing), everything the bot said this turn.
    /// </summary>
    public StoryAssertionException Fail(string step, string expected, string actual, string? details = null)
    {
        var nl = Environment.NewLine;
        details ??= _turn is null
            ? "  no user turn has been sent yet"
            : $"  bot replies to {ReplyFormatter.Describe(_turn)}:{nl}{ReplyFormatter.DescribeAll(_replies, "    ")}";
        var message = $"{title} failed at {step}.{nl}  expected: {expected}{nl}  actual:   {actual}";
        return new StoryAssertionException(file, step, details.Length == 0 ? message : message + nl + details);
    }
}
