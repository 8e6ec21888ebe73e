namespace PipelineBot.Sales;

/// <summary>
/// A sales rule refused an operation, such as a lifecycle transition the funnel does not allow.
/// Callers catch this one type to tell a business refusal apart from a bug.
/// </summary>
public class SalesDomainException : Exception
{
    /// <summary>Creates the exception without a message; prefer the constructor that explains the refusal.</summary>
    public SalesDomainException()
    {
    }

    /// <summary>Creates the exception with a message that names the rule and the offending value.</summary>
    public SalesDomainException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that led to the refusal.</summary>
    public SalesDomainException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
