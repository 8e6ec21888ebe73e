using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PipelineBot.Runtime.Hosting.DirectLine;

/// <summary>Maps the Direct Line 3.0 API the host serves itself.</summary>
public static class DirectLineEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps Direct Line 3.0 under <paramref name="prefix"/>, the <c>domain</c> a client is given: <c>tokens/generate</c>,
    /// <c>tokens/refresh</c>, <c>conversations</c> (start), <c>conversations/{id}</c> (reconnect),
    /// <c>conversations/{id}/activities</c> (post and get) and <c>conversations/{id}/stream</c> (WebSocket, which needs
    /// <c>UseWebSockets</c>). Register the channel with <see cref="DirectLineServiceCollectionExtensions.AddDirectLine"/>.
    /// </summary>
    public static IEndpointConventionBuilder MapDirectLine(this IEndpointRouteBuilder endpoints, string prefix = "/v3/directline")
    {
        var directLine = endpoints.MapGroup(prefix);
        directLine.MapPost("/tokens/generate", (HttpContext http, DirectLineChannel channel) => channel.GenerateTokenAsync(http));
        directLine.MapPost("/tokens/refresh", (HttpContext http, DirectLineChannel channel) => channel.RefreshTokenAsync(http));
        directLine.MapPost("/conversations", (HttpContext http, DirectLineChannel channel) => channel.StartConversationAsync(http, prefix));
        directLine.MapGet("/conversations/{conversationId}", (HttpContext http, DirectLineChannel channel, string conversationId, string? watermark) =>
            channel.ReconnectAsync(http, conversationId, watermark, prefix));
        directLine.MapPost("/conversations/{conversationId}/activities", (HttpContext http, DirectLineChannel channel, string conversationId) =>
            channel.PostActivityAsync(http, conversationId));
        directLine.MapGet("/conversations/{conversationId}/activities", (HttpContext http, DirectLineChannel channel, string conversationId, string? watermark) =>
            channel.GetActivitiesAsync(http, conversationId, watermark));
        directLine.MapGet("/conversations/{conversationId}/stream", (HttpContext http, DirectLineChannel channel, string conversationId, string? t, string? watermark) =>
            channel.StreamAsync(http, conversationId, t, watermark));
        return directLine;
    }
}
