using System.Text.Json;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Testing.Stories;

/// <summary>
/// Replays a Bot Framework Emulator <c>.transcript</c>: the user's activities are sent in order and each recorded bot
/// message must match the next live reply (text, suggested-action titles, attachment types). The conversation and
/// user get fresh ids, so a replay never meets state left by the recording or by an earlier replay.
/// </summary>
internal sealed class TranscriptPlayer
{
    private readonly string _path;
    private readonly ConversationReplay _replay;
    private readonly string _conversationId = $"conversation-{Guid.NewGuid():N}";
    private readonly string _userId = $"user-{Guid.NewGuid():N}";
    private Activity? _previous;

    public TranscriptPlayer(string path, IStoryChannel channel)
    {
        _path = path;
        _replay = new ConversationReplay(channel, $"Transcript {path}", path);
    }

    /// <summary>Sends the user's side of the transcript and checks the bot's side against the live replies.</summary>
    public async Task PlayAsync(CancellationToken cancellationToken)
    {
        var activities = Load();
        var botId = FindBotId(activities);
        var recordedUserId = activities.FirstOrDefault(a => !IsFromBot(a, botId))?.From?.Id;
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            var step = $"activity {i + 1}";
            if (!IsFromBot(activity, botId))
            {
                await _replay.SendAsync(Readdress(activity, recordedUserId), step, cancellationToken);
            }
            else if (activity.Type is null or ActivityTypes.Message)
            {
                _replay.ExpectReply(ReplyExpectation.Like(activity), step);
            }
        }
        _replay.EnsureAllConsumed("the end of the transcript");
    }

    private List<Activity> Load()
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(_path));
            var root = document.RootElement;
            var list = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("transcript", out var transcript) ? transcript : root;
            return list.ValueKind == JsonValueKind.Array
                ? [.. list.EnumerateArray().Select(a => a.Deserialize<Activity>(BotJson.Options)!)]
                : throw new FormatException($"{_path}: a transcript is an array of activities or an object with a \"transcript\" array.");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{_path}: line {ex.LineNumber + 1}: not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>The bot is whoever the user addresses; a transcript without roles is taken to open with the user.</summary>
    private static string? FindBotId(List<Activity> activities) =>
        (activities.FirstOrDefault(a => a.From?.Role == "user") ?? activities.FirstOrDefault())?.Recipient?.Id;

    private static bool IsFromBot(Activity activity, string? botId) =>
        activity.From?.Role == "bot" || (activity.From?.Role != "user" && activity.From?.Id is { } id && id == botId);

    /// <summary>
    /// Moves a recorded user activity into this replay's conversation, leaving id, time and serviceUrl to the channel.
    /// Addressing a trimmed transcript leaves out is carried over from the previous user activity, so every turn stays
    /// on the same channel and conversation.
    /// </summary>
    private Activity Readdress(Activity activity, string? recordedUserId)
    {
        ChannelAccount? Remap(ChannelAccount? account) => account is { Id: { } id } && id == recordedUserId
            ? new ChannelAccount(_userId, account.Name) { Role = account.Role }
            : account;

        activity.Id = null;
        activity.Timestamp = null;
        activity.ServiceUrl = null;
        activity.ReplyToId = null;
        activity.Conversation = new ConversationAccount(_conversationId);
        activity.From = Remap(activity.From);
        activity.MembersAdded = activity.MembersAdded?.Select(m => Remap(m)!).ToList();
        activity.MembersRemoved = activity.MembersRemoved?.Select(m => Remap(m)!).ToList();
        activity.ChannelId ??= _previous?.ChannelId;
        activity.Locale ??= _previous?.Locale;
        activity.From ??= _previous?.From;
        activity.Recipient ??= _previous?.Recipient;
        _previous = activity;
        return activity;
    }
}
