namespace PipelineBot.Sales.Meetings;

/// <summary>
/// An external calendar could not be read or written, even after retrying. Not a business refusal: the meeting in the
/// store is unaffected, so callers log it and carry on, and the calendar catches up later.
/// </summary>
public sealed class CalendarUnavailableException : Exception
{
    /// <summary>Creates the exception without a message; prefer the constructor that names the calendar and the call.</summary>
    public CalendarUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message naming the calendar, the call and what went wrong.</summary>
    public CalendarUnavailableException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the transport's own failure.</summary>
    public CalendarUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
