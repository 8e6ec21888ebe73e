using PipelineBot.Runtime.Builder;

namespace PipelineBot.Runtime.State;

/// <summary>
/// Saves the given states after the turn succeeds. A turn that throws saves nothing, so state stays as it
/// was before the turn; the HTTP request is answered only after the save completes.
/// </summary>
public sealed class AutoSaveStateMiddleware : IMiddleware
{
    /// <summary>Saves <paramref name="botStates"/> at the end of each turn.</summary>
    public AutoSaveStateMiddleware(params BotState[] botStates) => BotStateSet = new BotStateSet(botStates);

    /// <summary>The states saved together.</summary>
    public BotStateSet BotStateSet { get; }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        await next(cancellationToken);
        await BotStateSet.SaveAllChangesAsync(turnContext, force: false, cancellationToken);
    }
}
