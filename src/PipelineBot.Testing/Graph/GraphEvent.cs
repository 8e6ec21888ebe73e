namespace PipelineBot.Testing.Graph;

/// <summary>An event as the <see cref="GraphCalendarServer"/> holds it after the creates, moves and cancellations it was sent.</summary>
/// <param name="Id">The id the server gave it.</param>
/// <param name="Mailbox">The mailbox whose calendar it is in, as the request path named it.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="Start">When it starts; the server takes only UTC times.</param>
/// <param name="End">When it ends.</param>
/// <param name="Attendees">The attendees' email addresses.</param>
/// <param name="TransactionId">The client's transaction id, which makes a repeated create return this event.</param>
/// <param name="Cancelled">True once cancelled.</param>
public sealed record GraphEvent(
    string Id, string Mailbox, string Subject, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<string> Attendees, string? TransactionId, bool Cancelled);
