namespace PipelineBot.Runtime.State;

/// <summary>A write's eTag precondition failed: someone else changed the key since it was read.</summary>
public sealed class StorageConcurrencyException : Exception
{
    /// <summary>Creates the exception for the given key.</summary>
    public StorageConcurrencyException(string key)
        : base($"The stored value of '{key}' changed since it was read.") => Key = key;

    /// <summary>Creates the exception with a message.</summary>
    public StorageConcurrencyException() : base("A stored value changed since it was read.") => Key = string.Empty;

    /// <summary>Creates the exception with a message and cause.</summary>
    public StorageConcurrencyException(string message, Exception innerException) : base(message, innerException) => Key = string.Empty;

    /// <summary>The key whose precondition failed.</summary>
    public string Key { get; }
}
