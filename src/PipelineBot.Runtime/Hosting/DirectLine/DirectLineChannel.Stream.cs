using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;

namespace PipelineBot.Runtime.Hosting.DirectLine;

internal sealed partial class DirectLineChannel
{
    /// <summary>
    /// <c>GET conversations/{id}/stream?t=&amp;watermark=</c>: upgrades to the conversation's WebSocket, which sends
    /// an ActivitySet whenever activities arrive after the watermark (from the start without one). The URL's own token
    /// is the credential, as browsers cannot set headers on a WebSocket. A newer stream of the conversation replaces
    /// this one, which closes with the reason "collision", as Direct Line's does.
    /// </summary>
    public async Task<IResult> StreamAsync(HttpContext http, string conversationId, string? t, string? watermark)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("The stream is a WebSocket; connect to it with one.");
        }
        var check = string.IsNullOrEmpty(t) ? DirectLineTokenCheck.Invalid : await _tokens.CheckStreamTokenAsync(t);
        if (check.Status != DirectLineTokenStatus.Valid)
        {
            return check.Status == DirectLineTokenStatus.Expired
                ? DirectLineErrors.TokenExpired()
                : DirectLineErrors.Unauthorized("The stream URL's token is not one this channel issued.");
        }
        if (check.ConversationId != conversationId)
        {
            return DirectLineErrors.Forbidden("The stream URL is for another conversation.");
        }
        if (_conversations.Find(conversationId) is not { } conversation)
        {
            return DirectLineErrors.ConversationNotFound();
        }
        if (!TryParseWatermark(watermark, 0, out var after))
        {
            return DirectLineErrors.BadArgument("The watermark is not one this channel gave out.");
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await StreamUntilClosedAsync(socket, conversation, after, http.RequestAborted);
        return Results.Empty;
    }

    private static async Task StreamUntilClosedAsync(WebSocket socket, DirectLineConversation conversation, long watermark, CancellationToken aborted)
    {
        var stream = conversation.OpenStream();
        using var clientClosed = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var receiving = ReadUntilClientClosesAsync(socket, clientClosed, aborted);
        try
        {
            while (true)
            {
                // Only waiting is interrupted when the client closes; a frame being sent is finished or fails on its own.
                await conversation.WaitForChangeAsync(watermark, stream, clientClosed.Token);
                if (!conversation.IsStreaming(stream))
                {
                    break;
                }
                var (activities, last) = conversation.ReadAfter(watermark);
                watermark = last;
                if (activities.Count > 0)
                {
                    await socket.SendAsync(DirectLineActivitySet.Serialize(activities, last), WebSocketMessageType.Text, endOfMessage: true, aborted);
                }
            }
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, conversation.HasEnded ? "conversation ended" : "collision", aborted);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client closed or dropped the connection.
        }
        await receiving;
        if (socket.State == WebSocketState.CloseReceived)
        {
            await AnswerCloseAsync(socket, aborted);
        }
    }

    private static async Task AnswerCloseAsync(WebSocket socket, CancellationToken aborted)
    {
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, aborted);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Gone before it heard the answer; there is nobody left to tell.
        }
    }

    // Clients only send keep-alives (DirectLineJS an empty message every 20 s), so what they send is read and dropped.
    private static async Task ReadUntilClientClosesAsync(WebSocket socket, CancellationTokenSource clientClosed, CancellationToken aborted)
    {
        var buffer = new byte[256];
        try
        {
            while ((await socket.ReceiveAsync(buffer, aborted)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The connection dropped without a close frame.
        }
        finally
        {
            await clientClosed.CancelAsync();
        }
    }
}
