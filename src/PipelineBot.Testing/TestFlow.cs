using System.Collections.Immutable;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Testing;

/// <summary>
/// A scripted conversation, written as in Microsoft.Bot.Builder's TestFlow:
/// <c>await new TestFlow(adapter, bot).Send("hi").AssertReply("Hello!").StartTestAsync();</c>.
/// Each call returns a new flow and leaves this one unchanged, so a shared opening can branch into several tests.
/// </summary>
public sealed class TestFlow
{
    private const int DefaultTimeout = 3000;
    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly ImmutableList<Func<CancellationToken, Task>> _steps;

    /// <summary>Creates an empty flow that runs <paramref name="callback"/> on every turn.</summary>
    public TestFlow(TestAdapter adapter, BotCallbackHandler callback) : this(adapter, callback, []) { }

    /// <summary>Creates an empty flow that runs <paramref name="bot"/> on every turn.</summary>
    public TestFlow(TestAdapter adapter, IBot bot) : this(adapter, bot.OnTurnAsync, []) { }

    private TestFlow(TestAdapter adapter, BotCallbackHandler callback, ImmutableList<Func<CancellationToken, Task>> steps)
    {
        _adapter = adapter;
        _callback = callback;
        _steps = steps;
    }

    /// <summary>The user says <paramref name="userSays"/>; the turn runs to completion before the next step.</summary>
    public TestFlow Send(string userSays) => Then(ct => _adapter.SendTextToBotAsync(userSays, _callback, ct));

    /// <summary>The user sends <paramref name="userActivity"/>; fields it leaves empty come from the adapter's conversation.</summary>
    public TestFlow Send(Activity userActivity) => Then(ct => _adapter.ProcessActivityAsync(userActivity, _callback, ct));

    /// <summary>The conversation starts: a conversationUpdate adding the user and the bot.</summary>
    public TestFlow SendConversationUpdate() => Then(ct => _adapter.ProcessActivityAsync(_adapter.CreateConversationUpdate(), _callback, ct));

    /// <summary>Waits <paramref name="milliseconds"/> of real time, for bots that reply from background work.</summary>
    public TestFlow Delay(int milliseconds) => Then(ct => Task.Delay(TimeSpan.FromMilliseconds(milliseconds), TimeProvider.System, ct));

    /// <summary>The next reply is a message saying exactly <paramref name="expected"/> (surrounding whitespace aside).</summary>
    public TestFlow AssertReply(string expected, string? description = null, int timeout = DefaultTimeout) =>
        AssertReply(ReplyExpectation.ForText(expected), nameof(AssertReply), description, timeout);

    /// <summary>The next reply has the type and text of <paramref name="expected"/>, and its suggested actions and attachment types when it has any.</summary>
    public TestFlow AssertReply(Activity expected, string? description = null, int timeout = DefaultTimeout) =>
        AssertReply(ReplyExpectation.Like(expected), nameof(AssertReply), description, timeout);

    /// <summary>The next reply passes <paramref name="validateActivity"/>, which throws (e.g. with xUnit's Assert) when it does not.</summary>
    public TestFlow AssertReply(Action<Activity> validateActivity, string? description = null, int timeout = DefaultTimeout) =>
        Then(async ct => validateActivity(await NextReplyAsync(nameof(AssertReply), "a reply", description, timeout, ct)));

    /// <summary>The next reply's text contains <paramref name="expected"/>, ignoring case.</summary>
    public TestFlow AssertReplyContains(string expected, string? description = null, int timeout = DefaultTimeout) =>
        AssertReply(new ReplyExpectation { Contains = expected }, nameof(AssertReplyContains), description, timeout);

    /// <summary>The next reply is a message saying exactly one of <paramref name="candidates"/>.</summary>
    public TestFlow AssertReplyOneOf(string[] candidates, string? description = null, int timeout = DefaultTimeout)
    {
        var expectations = candidates.Select(ReplyExpectation.ForText).ToList();
        var expected = "one of " + string.Join(", ", candidates.Select(ReplyFormatter.Quote));
        return Then(async ct =>
        {
            var reply = await NextReplyAsync(nameof(AssertReplyOneOf), expected, description, timeout, ct);
            if (!expectations.Any(e => e.IsMetBy(reply)))
            {
                throw Mismatch(nameof(AssertReplyOneOf), expected, description, reply);
            }
        });
    }

    /// <summary>
    /// The bot sends nothing more. Turns finish before this step runs, so the default waits no further; give a
    /// <paramref name="timeout"/> only to catch late replies from background work.
    /// </summary>
    public TestFlow AssertNoReply(string? description = null, int timeout = 0) => Then(async ct =>
    {
        if (await _adapter.GetNextReplyAsync(TimeSpan.FromMilliseconds(timeout), ct) is { } reply)
        {
            throw Mismatch(nameof(AssertNoReply), "no reply", description, reply);
        }
    });

    /// <summary>Shorthand for <c>Send(userSays).AssertReply(expected)</c>.</summary>
    public TestFlow Test(string userSays, string expected, string? description = null, int timeout = DefaultTimeout) =>
        Send(userSays).AssertReply(expected, description, timeout);

    /// <summary>Runs the steps in order; the first unmet expectation throws <see cref="TestFlowAssertionException"/>.</summary>
    public async Task StartTestAsync(CancellationToken cancellationToken = default)
    {
        foreach (var step in _steps)
        {
            await step(cancellationToken);
        }
    }

    private TestFlow Then(Func<CancellationToken, Task> step) => new(_adapter, _callback, _steps.Add(step));

    private TestFlow AssertReply(ReplyExpectation expectation, string assertion, string? description, int timeout) => Then(async ct =>
    {
        var reply = await NextReplyAsync(assertion, expectation.ToString(), description, timeout, ct);
        if (!expectation.IsMetBy(reply))
        {
            throw Mismatch(assertion, expectation.ToString(), description, reply);
        }
    });

    private async Task<Activity> NextReplyAsync(string assertion, string expected, string? description, int timeout, CancellationToken cancellationToken) =>
        await _adapter.GetNextReplyAsync(TimeSpan.FromMilliseconds(timeout), cancellationToken)
            ?? throw new TestFlowAssertionException($"{Heading(assertion, description)} Expected {expected}, but no reply arrived within {timeout} ms.");

    private TestFlowAssertionException Mismatch(string assertion, string expected, string? description, Activity reply)
    {
        var message = $"{Heading(assertion, description)} Expected {expected}, but the bot replied {ReplyFormatter.Describe(reply)}.";
        if (_adapter.ActiveQueue.Count > 0)
        {
            message += $"{Environment.NewLine}Replies still queued:{Environment.NewLine}{ReplyFormatter.DescribeAll(_adapter.ActiveQueue)}";
        }
        return new TestFlowAssertionException(message);
    }

    private static string Heading(string assertion, string? description) =>
        description is null ? $"{assertion} failed." : $"{assertion} failed ({description}).";
}
