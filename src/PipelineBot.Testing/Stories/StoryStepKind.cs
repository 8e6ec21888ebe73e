namespace PipelineBot.Testing.Stories;

/// <summary>What a story step does; see <see cref="Story"/> for the YAML of each.</summary>
internal enum StoryStepKind
{
    /// <summary><c>joins</c>: the conversation starts with the user and the bot added.</summary>
    Joins,
    /// <summary><c>user</c>: the user sends a message or submits a card.</summary>
    User,
    /// <summary><c>event</c>: the client sends a named event.</summary>
    Event,
    /// <summary><c>bot</c>: the next reply of the turn meets an expectation.</summary>
    Bot,
    /// <summary><c>no-reply</c>: the turn has no reply left.</summary>
    NoReply,
    /// <summary><c>skip-replies</c>: the rest of the turn's replies do not matter.</summary>
    SkipReplies,
    /// <summary><c>new-conversation</c>: the same user starts a new conversation.</summary>
    NewConversation,
}
