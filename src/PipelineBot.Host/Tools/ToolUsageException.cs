namespace PipelineBot.Host.Tools;

/// <summary>A tool command line is wrong: an unknown verb, a missing argument, a bad option; the message says which.</summary>
public sealed class ToolUsageException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public ToolUsageException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ToolUsageException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with no detail.</summary>
    public ToolUsageException() { }
}
