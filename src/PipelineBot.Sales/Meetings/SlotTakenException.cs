namespace PipelineBot.Sales.Meetings;

/// <summary>
/// A booking or reschedule wanted time of a rep, buffer included, that another meeting already holds. The store
/// refuses it as part of the write itself, so a caller that checked the slot a moment earlier can still get this and
/// should offer other slots.
/// </summary>
public sealed class SlotTakenException : SalesDomainException
{
    /// <summary>Creates the exception without a message; prefer the constructor that names the rep and time.</summary>
    public SlotTakenException()
    {
    }

    /// <summary>Creates the exception with a message naming the rep, the time wanted and what holds it.</summary>
    public SlotTakenException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the store's own failure.</summary>
    public SlotTakenException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
