using PipelineBot.Runtime.Builder;

namespace PipelineBot.Runtime.State;

/// <summary>State shared by everyone in a conversation: dialog stacks live here.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    /// <inheritdoc />
    protected internal override string GetStorageKey(ITurnContext turnContext) =>
        $"{Require(turnContext.Activity.ChannelId, "channelId")}/conversations/{Require(turnContext.Activity.Conversation?.Id, "conversation.id")}";
}
