using System.Net.Http.Json;
using System.Text.Json;
using PipelineBot.Runtime.Schema;
using PipelineBot.Testing.Connector;

namespace PipelineBot.Host.Tests.Infrastructure;

/// <summary>
/// Talks to the bot as the Bot Framework Emulator does: one conversation, activities stamped with the connector's
/// serviceUrl, replies read back from what the bot posted to that serviceUrl.
/// </summary>
/// <remarks>The bot is reached through <paramref name="bot"/> on every call, so a client outlives a host restart.</remarks>
public sealed class EmulatorClient(Func<HttpClient> bot, ConnectorServer connector, string? userId = null, string locale = "en-US", string channelId = Channels.Emulator)
{
    private int _sequence;

    public string ConversationId { get; private set; } = Guid.NewGuid().ToString("N");

    public string UserId { get; } = userId ?? $"user-{Guid.NewGuid():N}";

    public string Locale { get; set; } = locale;

    public string ChannelId { get; } = channelId;

    /// <summary>The Entra object id Teams sends as <c>from.aadObjectId</c>; null sends none.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>The IANA zone Web Chat reports as the activities' localTimezone; null sends none.</summary>
    public string? LocalTimezone { get; set; }

    /// <summary>Starts a fresh conversation with the same user, as the Emulator's "restart conversation (same user id)".</summary>
    public void RestartConversation() => ConversationId = Guid.NewGuid().ToString("N");

    public Activity Message(string text) => Stamp(new Activity { Type = ActivityTypes.Message, Text = text });

    /// <summary>An Adaptive Card button press: no text, the card's data as the value.</summary>
    public Activity Submit(object data) => Stamp(new Activity { Type = ActivityTypes.Message, Value = JsonSerializer.SerializeToElement(data) });

    /// <summary>An event such as a page sends through Web Chat.</summary>
    public Activity Event(string name, object value) => Stamp(new Activity { Type = ActivityTypes.Event, Name = name, Value = JsonSerializer.SerializeToElement(value) });

    /// <summary>Everything the bot has posted into this conversation so far, proactive messages included.</summary>
    public IReadOnlyList<Activity> Received => connector.ReceivedIn(ConversationId);

    public Activity ConversationUpdate() => Stamp(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount(UserId, "Visitor"), new ChannelAccount("pipelinebot", "PipelineBot")],
    });

    /// <summary>Posts the activity and returns the HTTP response.</summary>
    public Task<HttpResponseMessage> PostAsync(Activity activity) => bot().PostAsJsonAsync("/api/messages", activity, BotJson.Options);

    /// <summary>Posts the activity, requires a 2xx, and returns the bot's replies to it.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        using var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        // Replies are posted during the turn, before the bot answers the HTTP request, so they are all here now.
        return [.. connector.ReceivedIn(ConversationId).Where(r => r.ReplyToId == activity.Id)];
    }

    public async Task<IReadOnlyList<string>> SayAsync(string text) => [.. (await SendAsync(Message(text))).Select(r => r.Text ?? string.Empty)];

    public async Task<IReadOnlyList<string>> JoinAsync() => [.. (await SendAsync(ConversationUpdate())).Select(r => r.Text ?? string.Empty)];

    private Activity Stamp(Activity activity)
    {
        activity.Id = $"{ConversationId}-{Interlocked.Increment(ref _sequence)}";
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = connector.ServiceUrl;
        activity.From = new ChannelAccount(UserId, "Visitor") { Role = "user", AadObjectId = AadObjectId };
        activity.Recipient = new ChannelAccount("pipelinebot", "PipelineBot") { Role = "bot" };
        activity.Conversation = new ConversationAccount(ConversationId);
        activity.Locale = Locale;
        activity.LocalTimezone = LocalTimezone;
        activity.Timestamp = DateTimeOffset.UtcNow;
        return activity;
    }
}
