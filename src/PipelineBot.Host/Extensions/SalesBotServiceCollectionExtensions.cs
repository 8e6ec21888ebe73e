using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PipelineBot.Host.Bots;
using PipelineBot.Host.Cards;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Dialogs.Handoff;
using PipelineBot.Host.Dialogs.Meetings;
using PipelineBot.Host.Dialogs.Qualification;
using PipelineBot.Host.Endpoints;
using PipelineBot.Host.Meetings;
using PipelineBot.Host.Meetings.Notices;
using PipelineBot.Host.Proactive;
using PipelineBot.Host.Reps;
using PipelineBot.Host.Reps.Commands;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Hosting;
using PipelineBot.Runtime.Hosting.DirectLine;
using PipelineBot.Sales.Meetings;
using PipelineBot.Sales.Meetings.Notices;
using PipelineBot.Sales.Metrics;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Qualification;
using PipelineBot.Sales.Routing;

namespace PipelineBot.Host.Extensions;

/// <summary>Registers the sales bot: its content, domain services, dialogs, rep side, read API, error handling, health check, and the Direct Line channel its web page talks to.</summary>
public static class SalesBotServiceCollectionExtensions
{
    /// <summary>Adds the bot and the runtime it runs on.</summary>
    public static IServiceCollection AddSalesBot(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IDialogText, DialogText>();
        services.AddQualificationScript();
        services.AddSingleton<AnswerDisplay>();
        services.AddSingleton<CloudAdapter, ErrorHandlingAdapter>();
        services.AddBotRuntime();
        services.AddDirectLine();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSalesDomain();
        services.AddRepSide();
        services.AddMeetingBooking();
        services.AddMeetingNotices();
        services.AddVisitorSide();
        services.AddTransient<IBot, SalesBot>();
        services.AddPipelineApi();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return services;
    }

    private static void AddPipelineApi(this IServiceCollection services)
    {
        services.AddValidatedOptions<ApiOptions>(ApiOptions.SectionName);
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(PipelineApiEndpoints.PolicyName, policy => policy.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
        services.ConfigureHttpJsonOptions(json =>
        {
            // Stage outcomes and stuck bases read as words, and a period as its days, for whoever builds the dashboard.
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            json.SerializerOptions.Converters.Add(new ReportPeriodJsonConverter());
        });
    }

    private static void AddSalesDomain(this IServiceCollection services)
    {
        services.AddValidatedOptions<ScoringOptions>(ScoringOptions.SectionName);
        services.AddValidatedOptions<RoutingOptions>(RoutingOptions.SectionName);
        services.AddValidatedOptions<PipelineOptions>(PipelineOptions.SectionName);
        // A misspelt working-hours key would otherwise be dropped by the binder without a word.
        services.AddOptions<AvailabilityOptions>()
            .BindConfiguration(AvailabilityOptions.SectionName, binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new LeadQualifier(sp.GetRequiredService<IOptions<ScoringOptions>>().Value));
        services.AddSingleton(sp => new LeadRouter(sp.GetRequiredService<IOptions<RoutingOptions>>().Value));
        services.AddSingleton(sp => new FitScorer(sp.GetRequiredService<IOptions<ScoringOptions>>().Value));
        services.AddSingleton<MeetingHosts>();
        services.AddSingleton<LeadQualificationService>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PipelineOptions>>().Value);
        services.AddSingleton<PipelineCatalog>();
        services.AddSingleton<PipelineWatch>();
        services.AddSingleton<SalesReports>();
    }

    private static void AddRepSide(this IServiceCollection services)
    {
        services.AddValidatedOptions<RepDirectoryOptions>(RepDirectoryOptions.SectionName);
        services.AddSingleton<RepDirectory>();
        services.AddSingleton<ConversationBook>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<RepMailbox>();
        services.AddSingleton<RepNotifier>();
        services.AddSingleton<RepLeadCard>();
        services.AddSingleton<LeadNotifications>();
        services.AddSingleton<MeetingOutcomes>();
        services.AddSingleton<RepCommandRecognizer>();
        services.AddSingleton<RepFormatter>();
        services.AddSingleton<DealsInScope>();
        services.AddSingleton<DealCard>();
        services.AddSingleton<DealListCard>();
        services.AddSingleton<DealQuestionCard>();
        services.AddSingleton<PipelineReportCard>();
        services.AddSingleton<PipelineCharts>();
        services.AddSingleton<DealCommands>();
        services.AddSingleton<ReportCommands>();
        services.AddSingleton<RepCommandDispatcher>();
        services.AddHostedService<RepCommandsStartupCheck>();
        services.AddSingleton<RepAssistant>();
    }

    private static void AddMeetingBooking(this IServiceCollection services)
    {
        services.AddOptions<BookingOptions>()
            .BindConfiguration(BookingOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate<IOptions<PipelineOptions>>(NamesAStage, "Booking:MeetingStage must name a stage of the default pipeline, the first in Pipeline:Pipelines.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<BookingOptions>>().Value);
        services.AddRepCalendar();
        services.AddSingleton<MeetingInviteText>();
        services.AddSingleton<MeetingScheduler>();
        services.AddSingleton<MeetingTimeFormatter>();
        services.AddSingleton<MeetingConfirmations>();
        services.AddSingleton<InviteLinks>();
        services.AddSingleton<ScheduleMeetingDialog>();
    }

    private static void AddMeetingNotices(this IServiceCollection services)
    {
        services.AddOptions<ReminderOptions>()
            .BindConfiguration(ReminderOptions.SectionName, binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<MeetingOutcomeCard>();
        services.AddSingleton<MeetingNoticeMessages>();
        services.AddSingleton<MeetingNoticeSender>();
        services.AddSingleton<MeetingNoticeService>();
        services.AddHostedService(sp => sp.GetRequiredService<MeetingNoticeService>());
    }

    private static bool NamesAStage(BookingOptions booking, IOptions<PipelineOptions> pipeline)
    {
        try
        {
            return pipeline.Value.Pipelines is [var first, ..]
                && first.Stages.Exists(s => string.Equals(s.Name, booking.MeetingStage, StringComparison.OrdinalIgnoreCase));
        }
        catch (OptionsValidationException)
        {
            // An invalid pipeline is reported by its own validation; saying it twice would only bury the message.
            return true;
        }
    }

    private static void AddVisitorSide(this IServiceCollection services)
    {
        services.AddValidatedOptions<HandoffOptions>(HandoffOptions.SectionName);
        services.AddSingleton(sp => new BusinessHours(sp.GetRequiredService<IOptions<HandoffOptions>>().Value));
        services.AddSingleton<ContactExpectationFormatter>();
        services.AddSingleton<ConversationTranscript>();
        services.AddSingleton<HandoffCard>();
        services.AddSingleton<HandoffService>();
        services.AddSingleton<VisitorSummaryCard>();
        services.AddSingleton(sp => new QualifyLeadOptions
        {
            MaxAttempts = sp.GetRequiredService<IOptions<QualificationOptions>>().Value.MaxAttempts,
        });
        services.AddSingleton<QualifyLeadDialog>();
    }

    private static void AddValidatedOptions<TOptions>(this IServiceCollection services, string sectionName)
        where TOptions : class =>
        services.AddOptions<TOptions>().BindConfiguration(sectionName).ValidateDataAnnotations().ValidateOnStart();
}
