using PipelineBot.Runtime.Schema;
using PipelineBot.Runtime.State;

namespace PipelineBot.Testing.Stories;

/// <summary>
/// How <see cref="StoryRunner"/> reaches a bot, one call per user turn, so the same story files can test the bot
/// in process (<see cref="TestAdapterStoryChannel"/>) and behind its real HTTP endpoint.
/// </summary>
/// <remarks>
/// An implementation must:
/// <list type="number">
/// <item>Deliver the activity as one turn, keeping the type, channelId, from, recipient, conversation, locale, text,
/// value, name and membersAdded the runner set: they decide which user and conversation the bot sees.</item>
/// <item>Fill in what the runner leaves empty and a channel would provide: id, timestamp and serviceUrl.</item>
/// <item>Return only when the turn has finished, with every activity the bot sent during it, in order. Over HTTP,
/// POST to the messaging endpoint with <c>deliveryMode</c> set to <c>expectReplies</c> and return the
/// <c>activities</c> of the response body (none when the body is empty).</item>
/// </list>
/// Returning typing, trace or event activities is fine: stories and transcripts only look at messages.
/// </remarks>
public interface IStoryChannel
{
    /// <summary>Runs one turn for <paramref name="activity"/> and returns the bot's replies to it, in order.</summary>
    Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>The storage the bot keeps its state in, read by a story's <c>state</c> checks; null when unreachable, which fails those checks.</summary>
    IStorage? Storage { get; }
}
