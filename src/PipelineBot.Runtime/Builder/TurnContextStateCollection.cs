namespace PipelineBot.Runtime.Builder;

/// <summary>Per-turn scratch space shared by middleware and the bot; gone when the turn ends.</summary>
public sealed class TurnContextStateCollection
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    /// <summary>The value stored under <paramref name="key"/>, or default.</summary>
    public T? Get<T>(string key) => _values.TryGetValue(key, out var value) && value is T typed ? typed : default;

    /// <summary>The value stored under the type's full name, or default.</summary>
    public T? Get<T>() => Get<T>(typeof(T).FullName!);

    /// <summary>Stores a value under <paramref name="key"/>, replacing any earlier one.</summary>
    public void Set<T>(string key, T value) where T : notnull => _values[key] = value;

    /// <summary>Stores a value under its type's full name.</summary>
    public void Set<T>(T value) where T : notnull => Set(typeof(T).FullName!, value);

    /// <summary>Removes the value under <paramref name="key"/>.</summary>
    public void Remove(string key) => _values.Remove(key);
}
