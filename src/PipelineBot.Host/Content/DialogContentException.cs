namespace PipelineBot.Host.Content;

/// <summary>A dialog content file is unreadable or breaks the expected shape; the message names the file, the place and the problem.</summary>
public sealed class DialogContentException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public DialogContentException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and cause.</summary>
    public DialogContentException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with no detail.</summary>
    public DialogContentException() { }
}
