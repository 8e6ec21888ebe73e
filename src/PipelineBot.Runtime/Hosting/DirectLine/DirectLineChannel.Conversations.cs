using Microsoft.AspNetCore.Http;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Hosting.DirectLine;

internal sealed partial class DirectLineChannel
{
    /// <summary>
    /// <c>POST conversations</c>: opens the token's conversation (201; 200 if it is already open), or with the secret a
    /// new one. Opening it runs a conversationUpdate turn with the bot and the user joining, so the bot greets them in
    /// the client's locale before they say anything.
    /// </summary>
    public async Task<IResult> StartConversationAsync(HttpContext http, string prefix)
    {
        var (caller, refusal) = await AuthenticateAsync(http.Request);
        if (caller is null)
        {
            return refusal!;
        }
        var (parameters, problem, status) = await ReadStartParametersAsync(http);
        if (parameters is null)
        {
            return DirectLineErrors.BadBody(status, problem);
        }
        var (conversation, opened) = caller.HoldsSecret
            ? _conversations.Open(DirectLineTokens.NewId(), parameters.User?.Id is { Length: > 0 } id ? id : $"dl_{DirectLineTokens.NewId()}", parameters.Locale)
            : _conversations.Open(caller.ConversationId!, caller.UserId!, parameters.Locale);
        if (opened)
        {
            await GreetAsync(http, conversation);
        }
        var answer = _tokens.Issue(conversation.Id, conversation.UserId, StreamUrl(http.Request, prefix, conversation.Id, conversation.UserId, watermark: null));
        return Json(answer, opened ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>
    /// <c>GET conversations/{id}?watermark=</c>: a fresh token and stream URL for a client whose socket dropped. The
    /// stream replays from the watermark; without one it carries only what comes next.
    /// </summary>
    public async Task<IResult> ReconnectAsync(HttpContext http, string conversationId, string? watermark, string prefix)
    {
        var (_, conversation, refusal) = await AuthorizeAsync(http.Request, conversationId);
        if (conversation is null)
        {
            return refusal!;
        }
        if (!TryParseWatermark(watermark, conversation.Watermark, out var from))
        {
            return DirectLineErrors.BadArgument("The watermark is not one this channel gave out.");
        }
        return Json(_tokens.Issue(conversation.Id, conversation.UserId, StreamUrl(http.Request, prefix, conversation.Id, conversation.UserId, from)));
    }

    private Task GreetAsync(HttpContext http, DirectLineConversation conversation)
    {
        var user = new ChannelAccount(conversation.UserId) { Role = "user" };
        var update = Address(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [BotAccount(), user], Locale = conversation.Locale }, conversation, user);
        update.Timestamp = _time.GetUtcNow();
        return _adapter.ProcessActivityAsync(update, Bot(http), http.RequestAborted);
    }

    /// <summary>
    /// Addresses an activity from a client as this channel delivers it: to the bot, in the conversation, from
    /// <paramref name="user"/>, with replies routed back into the conversation. Whatever the client said about
    /// these, or about how replies should be delivered, is replaced.
    /// </summary>
    private Activity Address(Activity activity, DirectLineConversation conversation, ChannelAccount user)
    {
        activity.ChannelId = Channels.Directline;
        activity.ServiceUrl = DirectLineConversations.ServiceUrl;
        activity.Conversation = new ConversationAccount(conversation.Id);
        activity.From = user;
        activity.Recipient = BotAccount();
        activity.DeliveryMode = null;
        activity.CallerId = null;
        return activity;
    }

    /// <summary>The conversation's pre-authorised WebSocket address, with a short-lived token of its own in the query.</summary>
    private string StreamUrl(HttpRequest request, string prefix, string conversationId, string userId, long? watermark)
    {
        var url = $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}{request.PathBase}{prefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream"
            + $"?t={Uri.EscapeDataString(_tokens.IssueStreamToken(conversationId, userId))}";
        return watermark is { } from ? $"{url}&watermark={from}" : url;
    }
}
