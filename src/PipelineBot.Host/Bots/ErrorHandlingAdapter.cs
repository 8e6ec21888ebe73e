using Microsoft.Extensions.Options;
using PipelineBot.Host.Content;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Connector;
using PipelineBot.Runtime.Connector.Authentication;
using PipelineBot.Runtime.Hosting;
using PipelineBot.Runtime.State;

namespace PipelineBot.Host.Bots;

/// <summary>
/// The adapter with the visitor-facing error message in their language. Conversation state is saved only after a
/// successful turn, so after a failure the visitor is where they were and sending the message again is safe: an
/// answer the lead already recorded is simply recorded again.
/// </summary>
public sealed class ErrorHandlingAdapter(
    IChannelAuthenticator authenticator,
    IConnectorClient connector,
    IOptions<BotOptions> options,
    TimeProvider timeProvider,
    ILogger<CloudAdapter> logger,
    IDialogText text) : CloudAdapter(authenticator, connector, options, timeProvider, logger)
{
    /// <inheritdoc />
    protected override async Task ApologiseAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        Logger.LogError(exception, "Turn failed for activity {ActivityId} in conversation {ConversationId} on {ChannelId}", activity.Id, activity.Conversation?.Id, activity.ChannelId);
        var key = exception is StorageConcurrencyException ? "common.conflict" : "common.error";
        await turnContext.SendActivityAsync(text.Get(key, activity.Locale));
    }
}
