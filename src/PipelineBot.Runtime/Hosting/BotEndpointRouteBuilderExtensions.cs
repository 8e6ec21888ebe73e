using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PipelineBot.Runtime.Builder;

namespace PipelineBot.Runtime.Hosting;

/// <summary>Maps the Bot Framework messaging endpoint.</summary>
public static class BotEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/></c> to the registered <see cref="IBot"/> through the runtime's adapter
    /// (other methods get 405 from routing).
    /// </summary>
    public static IEndpointConventionBuilder MapBotEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        // Resolving the adapter through BotAdapter applies the standard middleware exactly once.
        var adapter = (CloudAdapter)endpoints.ServiceProvider.GetRequiredService<BotAdapter>();
        return endpoints.MapPost(pattern, (HttpContext http, IBot bot) => adapter.ProcessAsync(http, bot, http.RequestAborted));
    }
}
