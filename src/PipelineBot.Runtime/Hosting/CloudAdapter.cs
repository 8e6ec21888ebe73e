using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Connector;
using PipelineBot.Runtime.Connector.Authentication;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Hosting;

/// <summary>
/// The adapter behind <c>POST /api/messages</c>: reads and checks the activity, authenticates the channel, runs the
/// turn, and answers with 200, the buffered replies of an <c>expectReplies</c> turn, or an invoke's response.
/// Replies of ordinary turns go out through the Connector API while the turn runs.
/// </summary>
public class CloudAdapter : BotAdapter
{
    private readonly IChannelAuthenticator _authenticator;
    private readonly IConnectorClient _connector;
    private readonly TimeProvider _time;
    private readonly int _maxActivityBytes;

    /// <summary>Creates the adapter; its default error handler logs the failure and apologises to the user.</summary>
    public CloudAdapter(IChannelAuthenticator authenticator, IConnectorClient connector, IOptions<BotOptions> options, TimeProvider timeProvider, ILogger<CloudAdapter> logger)
    {
        _authenticator = authenticator;
        _connector = connector;
        _time = timeProvider;
        _maxActivityBytes = options.Value.MaxActivityBytes;
        Logger = logger;
        OnTurnError = ApologiseAsync;
    }

    /// <summary>The adapter's logger, for error handlers that extend it.</summary>
    protected ILogger Logger { get; }

    /// <summary>Processes one POST to the messaging endpoint.</summary>
    public async Task ProcessAsync(HttpContext http, IBot bot, CancellationToken cancellationToken = default)
    {
        var (activity, problem, status) = await InboundJsonReader.ReadActivityAsync(http.Request, _maxActivityBytes, ActivityValidator.FindProblem, cancellationToken);
        if (activity is null)
        {
            AdapterLog.RequestRefused(Logger, status, problem);
            await Results.Problem(detail: problem, statusCode: status).ExecuteAsync(http);
            return;
        }
        var auth = await _authenticator.AuthenticateAsync(activity, http.Request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, cancellationToken);
        if (!auth.IsAuthenticated)
        {
            AdapterLog.Unauthenticated(Logger, activity.Id, activity.ChannelId, auth.FailureReason);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        activity.CallerId = auth.CallerId;

        TurnContext context;
        try
        {
            context = await RunTurnAsync(activity, bot, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            AdapterLog.DeliveryFailed(Logger, ex, activity.Id, activity.Conversation?.Id);
            await Results.Problem(detail: "The bot's replies could not be delivered to the channel.", statusCode: StatusCodes.Status502BadGateway).ExecuteAsync(http);
            return;
        }
        await WriteTurnResponseAsync(http, context, cancellationToken);
    }

    /// <summary>
    /// Runs a turn for an activity that a channel this host serves itself (Direct Line) has already authenticated
    /// and addressed; its replies are delivered through the connector like any turn's.
    /// </summary>
    public Task ProcessActivityAsync(Activity activity, IBot bot, CancellationToken cancellationToken = default) =>
        RunTurnAsync(activity, bot, cancellationToken);

    /// <inheritdoc />
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            if (activity.Type == ActivityTypes.Delay)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(activity.Value is JsonElement { ValueKind: JsonValueKind.Number } ms ? ms.GetInt32() : 1000), _time, cancellationToken);
                responses[i] = new ResourceResponse(null);
            }
            else if (activity.Type == ActivityTypes.Trace && activity.ChannelId != Channels.Emulator)
            {
                responses[i] = new ResourceResponse(null);
            }
            else
            {
                responses[i] = await _connector.SendActivityAsync(activity, cancellationToken);
            }
        }
        return responses;
    }

    /// <inheritdoc />
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        _connector.UpdateActivityAsync(activity, cancellationToken);

    /// <inheritdoc />
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        _connector.DeleteActivityAsync(reference, cancellationToken);

    /// <summary>The default turn-error handler: log with the activity id, then tell the user in plain words.</summary>
    protected virtual async Task ApologiseAsync(ITurnContext turnContext, Exception exception)
    {
        Logger.LogError(exception, "Turn failed for activity {ActivityId} in conversation {ConversationId}", turnContext.Activity.Id, turnContext.Activity.Conversation?.Id);
        await turnContext.SendActivityAsync("Sorry, something went wrong on my side. Nothing from your last message was saved; please try again.");
    }

    private async Task<TurnContext> RunTurnAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var context = new TurnContext(this, activity);
        var replies = 0;
        context.OnSendActivities((_, sent, next) =>
        {
            replies += sent.Count;
            return next();
        });
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
        AdapterLog.TurnProcessed(Logger, activity.Type, activity.Id, activity.Conversation?.Id, activity.ChannelId, replies, _time.GetElapsedTime(started).TotalMilliseconds);
        return context;
    }

    private static async Task WriteTurnResponseAsync(HttpContext http, TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            await http.Response.WriteAsJsonAsync(new ExpectedReplies(context.BufferedReplyActivities), BotJson.Options, cancellationToken);
        }
        else if (context.Activity.Type == ActivityTypes.Invoke)
        {
            var invoke = context.TurnState.Get<Activity>(TurnContext.InvokeResponseKey)?.Value as InvokeResponse;
            http.Response.StatusCode = invoke?.Status ?? StatusCodes.Status501NotImplemented;
            if (invoke?.Body is not null)
            {
                await http.Response.WriteAsJsonAsync(invoke.Body, BotJson.Options, cancellationToken);
            }
        }
        else
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
        }
    }
}
