namespace PipelineBot.Runtime.State;

/// <summary>One stored value: a JSON document and the eTag it was read with (or the precondition it is written with).</summary>
/// <param name="Json">The value as JSON text.</param>
/// <param name="ETag">On read, the stored version; on write, the expected version (<c>"*"</c>: any; null: must not exist).</param>
public sealed record StoreItem(string Json, string? ETag)
{
    /// <summary>The eTag that matches any stored version.</summary>
    public const string AnyETag = "*";
}
