using Microsoft.Extensions.Diagnostics.HealthChecks;
using PipelineBot.Runtime.State;

namespace PipelineBot.Host.Endpoints;

/// <summary>Healthy while the state store answers a read.</summary>
public sealed class StorageHealthCheck(IStorage storage) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.ReadAsync(["health/probe"], cancellationToken);
            return HealthCheckResult.Healthy("The state store answers.");
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("The state store does not answer.", ex);
        }
    }
}
