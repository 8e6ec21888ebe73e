using System.Globalization;
using System.Text.Json;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Testing;

/// <summary>
/// An in-process adapter for unit tests, as in Microsoft.Bot.Builder.Adapters: user activities run through the
/// middleware pipeline at once and the bot's replies wait in <see cref="ActiveQueue"/> for the test to inspect.
/// </summary>
public partial class TestAdapter : BotAdapter
{
    private int _nextId;

    /// <summary>Creates an adapter for <paramref name="conversation"/>, or for user1 talking to bot on the "test" channel.</summary>
    public TestAdapter(ConversationReference? conversation = null, TimeProvider? timeProvider = null)
    {
        Conversation = conversation ?? new ConversationReference
        {
            ChannelId = Channels.Test,
            ServiceUrl = "https://test.com",
            User = new ChannelAccount("user1", "User1") { Role = "user" },
            Bot = new ChannelAccount("bot", "Bot") { Role = "bot" },
            Conversation = new ConversationAccount("convo1") { Name = "Conversation1", IsGroup = false },
            Locale = "en-us",
        };
        TimeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Creates the default test conversation on another channel (e.g. "emulator", "msteams") and locale.</summary>
    public TestAdapter(string channelId, string? locale = null, TimeProvider? timeProvider = null)
        : this(conversation: null, timeProvider)
    {
        Conversation.ChannelId = channelId;
        Conversation.Locale = locale ?? Conversation.Locale;
    }

    /// <summary>The conversation that user activities are addressed from when they do not say otherwise.</summary>
    public ConversationReference Conversation { get; set; }

    /// <summary>The clock that stamps activities and times delay activities; a fake one makes timestamps predictable.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Whether trace activities reach <see cref="ActiveQueue"/>; off by default, as channels other than the Emulator drop them.</summary>
    public bool SendTraceActivities { get; init; }

    /// <summary>Adds middleware to the pipeline and returns this adapter, so set-up can be chained.</summary>
    public new TestAdapter Use(IMiddleware middleware)
    {
        base.Use(middleware);
        return this;
    }

    /// <summary>Runs one turn: fills in what <paramref name="activity"/> leaves out from <see cref="Conversation"/>, then runs the pipeline and <paramref name="callback"/>.</summary>
    public async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.Id ??= NextId();
        activity.Timestamp ??= TimeProvider.GetUtcNow();
        activity.ChannelId ??= Conversation.ChannelId;
        activity.ServiceUrl ??= Conversation.ServiceUrl;
        activity.From ??= Conversation.User;
        activity.Recipient ??= Conversation.Bot;
        activity.Conversation ??= Conversation.Conversation;
        activity.Locale ??= Conversation.Locale;
        await RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);
    }

    /// <summary>Sends <paramref name="userSays"/> as a message from the user and runs the turn.</summary>
    public Task SendTextToBotAsync(string userSays, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        ProcessActivityAsync(MakeActivity(userSays), callback, cancellationToken);

    /// <summary>A message from the conversation's user to its bot, with a fresh id.</summary>
    public Activity MakeActivity(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = NextId(),
        From = Conversation.User,
        Recipient = Conversation.Bot,
        Conversation = Conversation.Conversation,
        ChannelId = Conversation.ChannelId,
        ServiceUrl = Conversation.ServiceUrl,
        Locale = Conversation.Locale,
        Text = text,
    };

    /// <summary>The conversationUpdate a channel sends when a conversation starts: the user and the bot both joined, as the Emulator does.</summary>
    public Activity CreateConversationUpdate()
    {
        var update = MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [Conversation.User!, Conversation.Bot!];
        return update;
    }

    /// <summary>Queues the bot's replies for the test; delay activities wait on <see cref="TimeProvider"/>, traces are dropped unless <see cref="SendTraceActivities"/>.</summary>
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            activity.Id ??= NextId();
            activity.Timestamp ??= TimeProvider.GetUtcNow();
            if (activity.Type == ActivityTypes.Delay)
            {
                // Mirrors CloudAdapter, so a bot that paces its messages behaves the same under test.
                var milliseconds = activity.Value is JsonElement { ValueKind: JsonValueKind.Number } ms ? ms.GetInt32() : 1000;
                await Task.Delay(TimeSpan.FromMilliseconds(milliseconds), TimeProvider, cancellationToken);
            }
            else if (activity.Type != ActivityTypes.Trace || SendTraceActivities)
            {
                Enqueue(activity);
            }
            responses[i] = new ResourceResponse(activity.Id);
        }
        return responses;
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}
