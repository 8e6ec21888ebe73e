using System.Text.Json;
using System.Text.Json.Nodes;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Testing.Stories;

/// <summary>Plays one <see cref="Story"/> through a channel, as the user the story names, in conversations of its own.</summary>
internal sealed class StoryPlayer
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly Story _story;
    private readonly IStoryChannel _channel;
    private readonly ConversationReplay _replay;
    private readonly ChannelAccount _user;
    private readonly ChannelAccount _bot = new("bot", "Bot") { Role = "bot" };
    private string _conversationId = NewId("conversation");

    public StoryPlayer(Story story, IStoryChannel channel)
    {
        _story = story;
        _channel = channel;
        _replay = new ConversationReplay(channel, $"Story \"{story.Name}\" ({story.File})", story.File);
        // A fresh id by default keeps runs independent even against a durable store; a named user is shared on purpose.
        _user = new ChannelAccount(story.UserId ?? NewId("user"), "User") { Role = "user" };
    }

    /// <summary>Plays every step, then checks that no reply went unmatched and that the stored state is as described.</summary>
    public async Task PlayAsync(CancellationToken cancellationToken)
    {
        foreach (var step in _story.Steps)
        {
            await PlayStepAsync(step, cancellationToken);
        }
        _replay.EnsureAllConsumed("the end of the story");
        foreach (var expectation in _story.State)
        {
            await CheckStateAsync(expectation, cancellationToken);
        }
    }

    private async Task PlayStepAsync(StoryStep step, CancellationToken cancellationToken)
    {
        switch (step.Kind)
        {
            case StoryStepKind.Joins:
                await SendAsync(step, new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [_user, _bot] }, cancellationToken);
                break;
            case StoryStepKind.User:
                await SendAsync(step, new Activity { Type = ActivityTypes.Message, Text = step.Text, Value = step.Value }, cancellationToken);
                break;
            case StoryStepKind.Event:
                await SendAsync(step, new Activity { Type = ActivityTypes.Event, Name = step.Text, Value = step.Value }, cancellationToken);
                break;
            case StoryStepKind.Bot:
                _replay.ExpectReply(step.Expectation!, step.Location);
                break;
            case StoryStepKind.NoReply:
                _replay.ExpectNoReply(step.Location);
                break;
            case StoryStepKind.SkipReplies:
                _replay.SkipReplies();
                break;
            case StoryStepKind.NewConversation:
                _replay.EnsureAllConsumed(step.Location);
                _conversationId = NewId("conversation");
                break;
        }
    }

    private Task SendAsync(StoryStep step, Activity activity, CancellationToken cancellationToken)
    {
        activity.ChannelId = _story.ChannelId;
        activity.Locale = _story.Locale;
        activity.From = _user;
        activity.Recipient = _bot;
        activity.Conversation = new ConversationAccount(_conversationId);
        return _replay.SendAsync(activity, step.Location, cancellationToken);
    }

    private async Task CheckStateAsync(StateExpectation expectation, CancellationToken cancellationToken)
    {
        var key = expectation.Key
            .Replace("{channel}", _story.ChannelId, StringComparison.Ordinal)
            .Replace("{user}", _user.Id, StringComparison.Ordinal)
            .Replace("{conversation}", _conversationId, StringComparison.Ordinal);
        var expected = $"state \"{key}\" containing {expectation.Contains.ToJsonString()}";
        if (_channel.Storage is null)
        {
            throw _replay.Fail(expectation.Location, expected, "this channel gives no access to the bot's storage", string.Empty);
        }
        var items = await _channel.Storage.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var item))
        {
            throw _replay.Fail(expectation.Location, expected, "nothing is stored under that key", string.Empty);
        }
        var stored = JsonNode.Parse(item.Json);
        if (JsonSubset.FindMismatch(expectation.Contains, stored) is { } mismatch)
        {
            throw _replay.Fail(expectation.Location, expected, mismatch, $"  stored:{Environment.NewLine}{stored?.ToJsonString(Indented)}");
        }
    }

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}
