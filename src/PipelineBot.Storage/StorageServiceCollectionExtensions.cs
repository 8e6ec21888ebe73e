using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PipelineBot.Runtime.State;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;
using PipelineBot.Sales.Meetings.Notices;
using PipelineBot.Storage.Deals;
using PipelineBot.Storage.Leads;
using PipelineBot.Storage.Meetings;
using PipelineBot.Storage.State;

namespace PipelineBot.Storage;

/// <summary>Registers the LiteDB persistence.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers, all as singletons over one database file: the shared <see cref="LiteDbContext"/> and
    /// <see cref="LiteDbWriter"/>, <see cref="LiteDbStorage"/> as the <see cref="IStorage"/>, and the domain stores
    /// <see cref="LiteDbLeadRepository"/>, <see cref="LiteDbDealRepository"/>, <see cref="LiteDbMeetingRepository"/> and <see cref="LiteDbMeetingNoticeLog"/>. <see cref="LiteDbStorageOptions"/> are
    /// bound from the <c>Storage</c> section and validated at start. The container disposes in reverse order of
    /// creation, so the stores and the writer (draining its queue and checkpointing) go before the database. The stores
    /// are opened at start-up (<see cref="LiteDbStartup"/>), before any request.
    /// </summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services)
    {
        services.AddOptions<LiteDbStorageOptions>()
            .BindConfiguration(LiteDbStorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<LiteDbContext>();
        services.TryAddSingleton<LiteDbWriter>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IStorage, LiteDbStorage>();
        services.AddSingleton<ILeadRepository, LiteDbLeadRepository>();
        services.AddSingleton<IDealRepository, LiteDbDealRepository>();
        services.AddSingleton<IMeetingRepository, LiteDbMeetingRepository>();
        services.AddSingleton<IMeetingNoticeLog, LiteDbMeetingNoticeLog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, LiteDbStartup>());
        return services;
    }
}
