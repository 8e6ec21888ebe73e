using PipelineBot.Runtime.Builder;

namespace PipelineBot.Runtime.State;

/// <summary>State of one user on one channel, across all their conversations: profiles live here.</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    /// <inheritdoc />
    protected internal override string GetStorageKey(ITurnContext turnContext) =>
        $"{Require(turnContext.Activity.ChannelId, "channelId")}/users/{Require(turnContext.Activity.From?.Id, "from.id")}";
}
