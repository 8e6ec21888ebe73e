using PipelineBot.Runtime.Builder;

namespace PipelineBot.Runtime.State;

/// <summary>Typed access to one named property of a <see cref="BotState"/>.</summary>
public interface IStatePropertyAccessor<T>
{
    /// <summary>The property name inside the state document.</summary>
    string Name { get; }

    /// <summary>Reads the property, creating and storing it with <paramref name="defaultValueFactory"/> when absent.</summary>
    Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces the property's value.</summary>
    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    /// <summary>Removes the property.</summary>
    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
