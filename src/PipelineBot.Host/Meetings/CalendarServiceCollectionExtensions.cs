using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PipelineBot.Host.Meetings.Graph;
using PipelineBot.Runtime.Connector;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Meetings;

/// <summary>Registers the reps' calendar that <c>Calendar:Provider</c> names: the meeting store, or Outlook through Microsoft Graph.</summary>
public static class CalendarServiceCollectionExtensions
{
    // Graph calls run inside a visitor's turn, so one that hangs must give up long before HttpClient's default 100 s.
    private static readonly TimeSpan GraphTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Adds <see cref="ICalendarProvider"/>: <see cref="MeetingStoreCalendar"/> by default, <see cref="GraphCalendar"/>
    /// when <c>Calendar:Provider</c> is <c>Graph</c>, with <see cref="GraphCalendarSync"/> catching Outlook up in the
    /// background. <see cref="CalendarOptions"/> are validated at start-up, so missing Graph settings stop the host.
    /// </summary>
    public static IServiceCollection AddRepCalendar(this IServiceCollection services)
    {
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CalendarOptions>, CalendarOptionsValidator>());
        services.AddSingleton<MeetingStoreCalendar>();
        services.AddSingleton<ICalendarProvider>(sp => sp.GetRequiredService<IOptions<CalendarOptions>>().Value.Provider == CalendarProviderKind.Graph
            ? sp.GetRequiredService<GraphCalendar>()
            : sp.GetRequiredService<MeetingStoreCalendar>());
        // The Graph client lives as long as the host, so pooled connections are renewed to follow DNS changes.
        services.AddHttpClient(GraphCalendarClient.HttpClientName, client => client.Timeout = GraphTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        // Graph throttles and fails transiently as a channel's Connector does, and asks for the same courtesy.
        services.AddSingleton(sp => new GraphCalendarClient(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<IOptions<CalendarOptions>>(),
            ConnectorRetryPolicy.Create(sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<GraphEventLinks>();
        services.AddSingleton<GraphCalendar>();
        services.AddSingleton<GraphCalendarSync>();
        services.AddHostedService(sp => sp.GetRequiredService<GraphCalendarSync>());
        return services;
    }
}
