namespace PipelineBot.Runtime.Connector;

/// <summary>A channel refused or failed a Connector API call after the retries ran out.</summary>
public sealed class ConnectorException : Exception
{
    /// <summary>Creates the exception for a failed call.</summary>
    public ConnectorException(string message, int? statusCode = null, Exception? innerException = null)
        : base(message, innerException) => StatusCode = statusCode;

    /// <summary>Creates the exception with a message.</summary>
    public ConnectorException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ConnectorException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with no detail.</summary>
    public ConnectorException() { }

    /// <summary>The channel's HTTP status, or null when it could not be reached.</summary>
    public int? StatusCode { get; }
}
