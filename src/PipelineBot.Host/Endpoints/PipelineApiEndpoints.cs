using Microsoft.Extensions.Options;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Metrics;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Endpoints;

/// <summary>
/// The read API over the pipeline for dashboards and CRMs, each route behind an API key and serving the same figures
/// the chat does, over every deal or (<c>?owner=</c>) one rep's: <c>GET /api/pipeline/summary</c> (open deals by stage),
/// <c>GET /api/deals?stuck=true</c> (stuck deals and why; without it the open deals) and <c>GET /api/metrics</c>
/// (this month's or quarter's metrics beside the previous period's).
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
        api.MapGet("/pipeline/summary", SummaryAsync);
        api.MapGet("/deals", DealsAsync);
        api.MapGet("/metrics", MetricsAsync);
        return endpoints;
    }

    private static async Task<IResult> SummaryAsync(SalesReports reports, string? owner, string? pipeline, CancellationToken cancellationToken)
    {
        try
        {
            return Results.Ok(await reports.SummarizeAsync(Blank(owner), Blank(pipeline), cancellationToken));
        }
        catch (SalesDomainException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such pipeline", detail: ex.Message);
        }
    }

    private static async Task<IResult> DealsAsync(PipelineWatch watch, IDealRepository deals, bool? stuck, string? owner, CancellationToken cancellationToken)
    {
        if (stuck != true)
        {
            return Results.Ok(await deals.FindOpenAsync(Blank(owner), cancellationToken));
        }
        return Results.Ok((await watch.FindStuckAsync(Blank(owner), cancellationToken)).Select(StuckDealJson.From));
    }

    private static async Task<IResult> MetricsAsync(SalesReports reports, string? period, string? owner, string? pipeline, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ReportPeriodKind>(period ?? nameof(ReportPeriodKind.Quarter), ignoreCase: true, out var kind) || kind == ReportPeriodKind.Year)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown period",
                detail: $"period is 'month' or 'quarter' (the default), not '{period}'.");
        }
        try
        {
            return Results.Ok(await reports.MeasureAsync(kind, Blank(owner), Blank(pipeline), cancellationToken));
        }
        catch (SalesDomainException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such pipeline", detail: ex.Message);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
