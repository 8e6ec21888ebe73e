using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PipelineBot.Runtime.State;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;
using PipelineBot.Sales.Meetings.Notices;

namespace PipelineBot.Storage;

/// <summary>
/// Opens the stores before the host takes requests. Each store creates its collections and indexes on first use, and
/// creating a collection changes the database header, which waits for every open read; done here, it never runs
/// while the first visitors' turns are reading, and a database that cannot be opened stops start-up instead.
/// </summary>
internal sealed class LiteDbStartup(IServiceProvider services) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<IStorage>();
        services.GetRequiredService<ILeadRepository>();
        services.GetRequiredService<IDealRepository>();
        services.GetRequiredService<IMeetingRepository>();
        services.GetRequiredService<IMeetingNoticeLog>();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
