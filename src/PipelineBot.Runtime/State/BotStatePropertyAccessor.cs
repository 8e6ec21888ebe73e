using PipelineBot.Runtime.Builder;

namespace PipelineBot.Runtime.State;

internal sealed class BotStatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        var cached = await state.GetLoadedAsync(turnContext, cancellationToken);
        if (cached.Has(Name) || defaultValueFactory is null)
        {
            return cached.Get<T>(Name);
        }
        var value = defaultValueFactory();
        cached.Set(Name, value);
        return value;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default) =>
        (await state.GetLoadedAsync(turnContext, cancellationToken)).Set(Name, value);

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        (await state.GetLoadedAsync(turnContext, cancellationToken)).Remove(Name);
}
