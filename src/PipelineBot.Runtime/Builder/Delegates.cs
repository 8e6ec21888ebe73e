using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Builder;

/// <summary>The bot logic an adapter runs for one turn.</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);

/// <summary>Calls the rest of the middleware pipeline.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>Observes or changes outgoing activities; call <paramref name="next"/> to send them on.</summary>
public delegate Task<ResourceResponse[]> SendActivitiesHandler(ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next);
