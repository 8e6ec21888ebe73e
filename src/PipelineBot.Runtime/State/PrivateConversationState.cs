using PipelineBot.Runtime.Builder;

namespace PipelineBot.Runtime.State;

/// <summary>State of one user within one conversation, private from the other members of a group chat.</summary>
public sealed class PrivateConversationState(IStorage storage) : BotState(storage, nameof(PrivateConversationState))
{
    /// <inheritdoc />
    protected internal override string GetStorageKey(ITurnContext turnContext) =>
        $"{Require(turnContext.Activity.ChannelId, "channelId")}/conversations/{Require(turnContext.Activity.Conversation?.Id, "conversation.id")}/users/{Require(turnContext.Activity.From?.Id, "from.id")}";
}
