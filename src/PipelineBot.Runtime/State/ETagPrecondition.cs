namespace PipelineBot.Runtime.State;

/// <summary>The eTag rules of <see cref="IStorage.WriteAsync"/>, shared by every implementation.</summary>
public static class ETagPrecondition
{
    /// <summary>True when an item written with <paramref name="expected"/> may replace the stored <paramref name="current"/> (null: absent).</summary>
    public static bool IsSatisfied(string? expected, string? current) => expected switch
    {
        StoreItem.AnyETag => true,
        null => current is null,
        _ => string.Equals(expected, current, StringComparison.Ordinal),
    };

    /// <summary>A fresh eTag.</summary>
    public static string NewETag() => Guid.NewGuid().ToString("N");
}
