namespace PipelineBot.Sales;

/// <summary>
/// A save expected a version of an aggregate that another writer has already replaced.
/// Repositories throw it so callers can reload and retry without knowing which store is underneath.
/// </summary>
public sealed class ConcurrencyConflictException : SalesDomainException
{
    /// <summary>Creates the exception without a message; prefer the constructor that explains the conflict.</summary>
    public ConcurrencyConflictException()
    {
    }

    /// <summary>Creates the exception with a message naming the aggregate and the versions that clashed.</summary>
    public ConcurrencyConflictException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the store's own failure.</summary>
    public ConcurrencyConflictException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
