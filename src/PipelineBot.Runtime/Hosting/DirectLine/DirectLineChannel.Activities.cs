using Microsoft.AspNetCore.Http;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Hosting.DirectLine;

internal sealed partial class DirectLineChannel
{
    /// <summary>
    /// <c>POST conversations/{id}/activities</c>: the activity joins the conversation (so its client sees it come back
    /// with an id, as Web Chat waits for) and the bot's turn runs; the answer is the id. A token's holder always speaks
    /// as the token's user, whatever <c>from</c> says.
    /// </summary>
    public async Task<IResult> PostActivityAsync(HttpContext http, string conversationId)
    {
        var (caller, conversation, refusal) = await AuthorizeAsync(http.Request, conversationId);
        if (caller is null || conversation is null)
        {
            return refusal!;
        }
        var (activity, problem, status) = await InboundJsonReader.ReadActivityAsync(http.Request, _maxActivityBytes, FindProblem, http.RequestAborted);
        if (activity is null)
        {
            return DirectLineErrors.BadBody(status, problem);
        }
        var userId = caller.HoldsSecret && activity.From?.Id is { Length: > 0 } chosen ? chosen : conversation.UserId;
        Address(activity, conversation, new ChannelAccount(userId, activity.From?.Name) { Role = "user" });
        var now = _time.GetUtcNow();
        activity.Timestamp = now;
        activity.Id = conversation.Append(activity, now);
        await _adapter.ProcessActivityAsync(activity, Bot(http), http.RequestAborted);
        return Json(new ResourceResponse(activity.Id));
    }

    /// <summary><c>GET conversations/{id}/activities?watermark=</c>: the activities after the watermark (all without one) and the new watermark.</summary>
    public async Task<IResult> GetActivitiesAsync(HttpContext http, string conversationId, string? watermark)
    {
        var (_, conversation, refusal) = await AuthorizeAsync(http.Request, conversationId);
        if (conversation is null)
        {
            return refusal!;
        }
        if (!TryParseWatermark(watermark, 0, out var after))
        {
            return DirectLineErrors.BadArgument("The watermark is not one this channel gave out.");
        }
        var (activities, last) = conversation.ReadAfter(after);
        return Results.Bytes(DirectLineActivitySet.Serialize(activities, last), "application/json");
    }

    // Everything else about a posted activity is the channel's to set; conversationUpdate is the channel's own.
    private static string? FindProblem(Activity activity) => activity.Type switch
    {
        _ when string.IsNullOrWhiteSpace(activity.Type) => "The activity has no 'type'.",
        ActivityTypes.ConversationUpdate => "Clients do not send conversationUpdate; the channel does.",
        _ => null,
    };
}
