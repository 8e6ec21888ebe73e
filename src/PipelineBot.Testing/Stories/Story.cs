namespace PipelineBot.Testing.Stories;

/// <summary>
/// A conversation test written as a YAML file (<c>*.story.yaml</c>), in the spirit of Rasa's test stories: what the
/// user does and what the bot must answer, readable without knowing C#. Run it with <see cref="StoryRunner"/>.
/// </summary>
/// <remarks>
/// <code language="yaml">
/// story: returning visitor is greeted by name   # required: what the story shows
/// channel: emulator        # optional channel id; default "test"
/// locale: en-US            # optional; default: whatever the channel uses
/// user: visitor-1          # optional user id; the same id in two stories is the same user (user state is shared).
///                          # Default: a new user for every run.
/// steps:                   # required, played in order
///   - joins: true                            # the conversation starts: a conversationUpdate adding the user and the bot
///   - bot: "Hi! What's your name?"           # the next reply says exactly this (surrounding spaces ignored)
///   - user: Ada                              # the user types "Ada"; quote text that looks like a number or true/false
///   - bot: { contains: company }             # the next reply contains this, ignoring case
///   - bot: { matches: "^Nice to meet you, Ada" }   # the next reply's text matches this regular expression
///   - bot: { offers: [Yes, No] }             # the next reply offers these choices (suggested actions or card buttons, any case)
///   - bot: { card: application/vnd.microsoft.card.adaptive }   # the next reply carries an attachment of this content type
///   - bot: { text: "Done.", offers: [Undo] } # keys combine: every one must hold for the same reply
///   - bot: { any: true }                     # the next reply may say anything
///   - user: { value: { action: confirm } }   # a card submit: no text, this value (text: "..." may be added)
///   - event: { name: webchat/join, value: { locale: en-US } }   # a client event (or just: event: webchat/join)
///   - no-reply: true                         # the bot has nothing more to say this turn
///   - skip-replies: true                     # whatever else the bot said this turn does not matter
///   - new-conversation: true                 # same user, new conversation (the Emulator's "restart conversation");
///                                            # add "joins: true" after it if the channel would announce the join
/// state:                   # optional: stored state after the last step
///   - key: "{channel}/users/{user}"          # {channel}, {user} and {conversation} are replaced by the story's own
///     contains: { VisitorProfile: { name: Ada, company: Acme } }
/// </code>
/// <para>
/// Each user, joins or event step is one turn. Its replies are queued (only messages count; typing and traces are
/// ignored) and each bot step takes the next one. A reply that no bot step takes fails the story at the next turn or
/// at the end, unless <c>skip-replies</c> or <c>bot: { any: true }</c> accounts for it.
/// </para>
/// <para>
/// A state check passes when every property under <c>contains</c> exists in the stored JSON document with an equal
/// value: strings compare case-sensitively, numbers by value, objects recursively (extra stored properties are fine)
/// and arrays element by element with equal length. State documents name properties as the bot's state accessors do
/// and the fields of stored objects in camelCase.
/// </para>
/// <para>
/// Failures throw <see cref="StoryAssertionException"/> naming the file, the step and its line, the expectation and
/// every reply of that turn; a malformed file throws <see cref="FormatException"/> naming the line.
/// </para>
/// </remarks>
public sealed class Story
{
    internal Story(string name, string file, string channelId, string? locale, string? userId, IReadOnlyList<StoryStep> steps, IReadOnlyList<StateExpectation> state)
    {
        Name = name;
        File = file;
        ChannelId = channelId;
        Locale = locale;
        UserId = userId;
        Steps = steps;
        State = state;
    }

    /// <summary>What the story shows, from its <c>story:</c> line.</summary>
    public string Name { get; }

    /// <summary>The file the story was read from, or the name given to <see cref="Parse"/>.</summary>
    public string File { get; }

    /// <summary>The channel id the story's activities carry.</summary>
    public string ChannelId { get; }

    /// <summary>The locale the story's activities carry; null leaves it to the channel.</summary>
    public string? Locale { get; }

    /// <summary>The user id the story plays as; null means a fresh user on every run.</summary>
    public string? UserId { get; }

    internal IReadOnlyList<StoryStep> Steps { get; }

    internal IReadOnlyList<StateExpectation> State { get; }

    /// <summary>Reads and parses the story in <paramref name="path"/>.</summary>
    public static Story Load(string path) => Parse(System.IO.File.ReadAllText(path), path);

    /// <summary>Parses story YAML; <paramref name="file"/> names it in error messages.</summary>
    public static Story Parse(string yaml, string file = "story") => new StoryParser(file).Parse(yaml);

    /// <summary>The story's name, so test runners list data-driven cases readably.</summary>
    public override string ToString() => Name;
}
