using PipelineBot.Host.Bots;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Dialogs;
using PipelineBot.Host.Endpoints;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Hosting;

namespace PipelineBot.Host.Extensions;

/// <summary>Registers the sales bot: its content, dialogs, error handling and health check.</summary>
public static class SalesBotServiceCollectionExtensions
{
    /// <summary>Adds the bot and the runtime it runs on.</summary>
    public static IServiceCollection AddSalesBot(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IDialogText, DialogText>();
        services.AddQualificationScript();
        services.AddSingleton<CloudAdapter, ErrorHandlingAdapter>();
        services.AddBotRuntime();
        services.AddSingleton<IntroduceVisitorDialog>();
        services.AddTransient<IBot, SalesBot>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return services;
    }
}
