using Microsoft.Extensions.Options;
using PipelineBot.Host.Content;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Meetings;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Reps.Commands;

/// <summary>
/// The one place a rep's or manager's message becomes an answer: recognised as a command, then carried out within
/// the asker's <see cref="Principal.Scope"/>. The pipeline services the commands need (summary, stuck deals, deal
/// changes, forecast, metrics, ideal size, call list) do not exist yet, so for now every command, like a message the
/// assistant does not understand, is answered with the list of what it understands.
/// </summary>
public sealed partial class RepCommandDispatcher(
    RepCommandRecognizer recognizer,
    PipelineCatalog pipelines,
    IOptions<AvailabilityOptions> availability,
    IDialogText text,
    TimeProvider time,
    ILogger<RepCommandDispatcher> logger)
{
    /// <summary>Recognises the message and answers it.</summary>
    public Task<string> HandleAsync(Principal principal, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(message);
        return DispatchAsync(principal, recognizer.Recognize(message, ContextFor(principal, message)), cancellationToken);
    }

    /// <summary>Carries out a recognised command (null: nothing recognised) for the principal and returns the reply.</summary>
    public Task<string> DispatchAsync(Principal principal, RepCommand? command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (command is not (null or HelpCommand))
        {
            LogUnserved(principal.Id, command.GetType().Name);
        }
        return Task.FromResult(Help(principal));
    }

    private string Help(Principal principal) => text.Get("reps.help", RepAssistant.RepLocale, new Dictionary<string, string>
    {
        ["name"] = principal.Name,
        ["scope"] = text.Get(principal.Role == PrincipalRole.Manager ? "reps.scope.manager" : "reps.scope.rep", RepAssistant.RepLocale),
    });

    // Deal names come from the deal queries of the pipeline domain, which are not built yet; until then names stay
    // unmatched, which no command's answer depends on so far.
    private RepCommandContext ContextFor(Principal principal, Activity message)
    {
        var zone = message.GetUserTimeZone() ?? availability.Value.For(principal.Id).TimeZone;
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime;
        return new RepCommandContext([], [.. pipelines.Pipelines.SelectMany(p => p.Stages).Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase)], now, message.Locale);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{PrincipalId} asked for {Command}, which has no service yet; answered with help")]
    private partial void LogUnserved(string principalId, string command);
}
