using Microsoft.Extensions.Options;

namespace PipelineBot.Host.Endpoints;

/// <summary>
/// The read API over the pipeline for dashboards and CRMs: <c>GET /api/pipeline/summary</c>,
/// <c>GET /api/deals?stuck=true</c> and <c>GET /api/metrics</c>, each behind an API key. The answers need the pipeline
/// services, which are not built yet, so for now each route answers 501 with a problem body saying so.
/// </summary>
public static class PipelineApiEndpoints
{
    /// <summary>The authorisation policy of the routes: a caller the <c>ApiKey</c> scheme recognised.</summary>
    public const string PolicyName = "PipelineApi";

    /// <summary>Maps the routes when at least one key is configured; without one they do not exist.</summary>
    public static IEndpointRouteBuilder MapPipelineApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<ApiOptions>>().Value.Enabled)
        {
            return endpoints;
        }
        var api = endpoints.MapGroup("/api").RequireAuthorization(PolicyName);
        api.MapGet("/pipeline/summary", () => NotBuiltYet("/api/pipeline/summary", "the open deals counted and valued per stage"));
        api.MapGet("/deals", (bool? stuck) => NotBuiltYet("/api/deals", stuck == true ? "the stuck deals" : "the deals"));
        api.MapGet("/metrics", () => NotBuiltYet("/api/metrics", "the pipeline metrics and velocity"));
        return endpoints;
    }

    private static IResult NotBuiltYet(string route, string what) => Results.Problem(
        statusCode: StatusCodes.Status501NotImplemented,
        title: "Not implemented yet",
        detail: $"GET {route} will return {what}; the pipeline services behind it are not built yet.");
}
