using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PipelineBot.Runtime.Hosting.DirectLine;

/// <summary>
/// The open Direct Line conversations, in memory and bounded: one unused for
/// <see cref="DirectLineOptions.ConversationIdleTimeout"/> is forgotten, and opening one beyond
/// <see cref="DirectLineOptions.MaxConversations"/> forgets the one used least recently. A forgotten conversation
/// answers 404, which Direct Line clients take as "the conversation ended".
/// </summary>
internal sealed class DirectLineConversations(IOptions<DirectLineOptions> options, TimeProvider timeProvider)
{
    /// <summary>The serviceUrl of activities from this channel: replies addressed to it land in the conversation, not on the network.</summary>
    public const string ServiceUrl = "urn:pipelinebot:directline";

    // Idle conversations are looked for at most this often, when one is opened, so a busy channel does not scan on every start.
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DirectLineConversation> _open = new(StringComparer.Ordinal);
    private readonly Lock _opening = new();
    private readonly DirectLineOptions _options = options.Value;
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>The open conversation with the id, marked as used; null when there is none or it has been idle too long.</summary>
    public DirectLineConversation? Find(string? id)
    {
        if (id is null || !_open.TryGetValue(id, out var conversation))
        {
            return null;
        }
        var now = timeProvider.GetUtcNow();
        if (now - conversation.LastUsed >= _options.ConversationIdleTimeout)
        {
            Forget(conversation);
            return null;
        }
        conversation.Touch(now);
        return conversation;
    }

    /// <summary>Opens the conversation, or finds it when it is already open; <c>Opened</c> says which.</summary>
    public (DirectLineConversation Conversation, bool Opened) Open(string id, string userId, string? locale)
    {
        if (Find(id) is { } existing)
        {
            return (existing, false);
        }
        lock (_opening)
        {
            if (Find(id) is { } raced)
            {
                return (raced, false);
            }
            var now = timeProvider.GetUtcNow();
            MakeRoom(now);
            var conversation = new DirectLineConversation(id, userId, locale, _options.MaxActivitiesPerConversation, now);
            _open[id] = conversation;
            return (conversation, true);
        }
    }

    private void MakeRoom(DateTimeOffset now)
    {
        if (now >= _nextSweep)
        {
            _nextSweep = now + SweepInterval;
            foreach (var idle in _open.Values.Where(c => now - c.LastUsed >= _options.ConversationIdleTimeout))
            {
                Forget(idle);
            }
        }
        while (_open.Count >= _options.MaxConversations && _open.Values.MinBy(c => c.LastUsed) is { } leastRecent)
        {
            Forget(leastRecent);
        }
    }

    private void Forget(DirectLineConversation conversation)
    {
        if (_open.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            conversation.End();
        }
    }
}
