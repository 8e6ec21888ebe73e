namespace PipelineBot.Testing;

/// <summary>
/// Thrown when a conversation does not go as a test expects; the message says what was expected and what the bot
/// actually said. Test frameworks report it as an ordinary failure, so this library needs none of them.
/// </summary>
public class TestFlowAssertionException : Exception
{
    /// <summary>Creates the exception with a generic message; prefer the constructor taking a message.</summary>
    public TestFlowAssertionException() : base("The conversation did not go as the test expected.") { }

    /// <summary>Creates the exception with a message describing the expected and the actual reply.</summary>
    public TestFlowAssertionException(string message) : base(message) { }

    /// <summary>Creates the exception for a failure that another exception caused, such as a malformed file.</summary>
    public TestFlowAssertionException(string message, Exception innerException) : base(message, innerException) { }
}
