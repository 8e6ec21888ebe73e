using Microsoft.Extensions.Options;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Meetings.Graph;

/// <summary>
/// Each rep's Outlook calendar through Microsoft Graph, on top of the meeting store: busy time is the store's and
/// Outlook's together, so neither a booked meeting nor a rep's own appointment is offered, and every meeting gets an
/// event in the rep's mailbox with the visitor invited. The store still decides what is booked; Outlook follows it,
/// and <see cref="GraphCalendarSync"/> repeats what Graph could not take at the time.
/// </summary>
public sealed class GraphCalendar(
    MeetingStoreCalendar store,
    GraphCalendarClient graph,
    GraphEventLinks links,
    ILeadRepository leads,
    MeetingInviteText invites,
    IOptions<CalendarOptions> options,
    ILogger<GraphCalendar> logger) : ICalendarProvider
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<TimeSlot>> FindBusyAsync(string repId, TimeSlot range, CancellationToken cancellationToken = default)
    {
        var stored = await store.FindBusyAsync(repId, range, cancellationToken);
        try
        {
            return [.. stored, .. await graph.GetBusyAsync(MailboxOf(repId), range, cancellationToken)];
        }
        catch (CalendarUnavailableException exception)
        {
            // Slots from the store alone beat no slots: it still refuses double bookings, and the rep can move a clash.
            logger.LogWarning(exception, "Offering rep {RepId}'s slots without their Outlook appointments", repId);
            return stored;
        }
    }

    /// <inheritdoc />
    public async Task CreateEventAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Status == MeetingStatus.Booked && await links.FindAsync(meeting.Id, cancellationToken) is null)
        {
            await CreateAsync(meeting, cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task UpdateEventAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.Status != MeetingStatus.Booked)
        {
            return;
        }
        switch (await links.FindAsync(meeting.Id, cancellationToken))
        {
            case null:
                await CreateAsync(meeting, cancellationToken);
                break;
            case { Cancelled: false } link when link.Start != meeting.Start || link.End != meeting.End:
                var moved = await graph.MoveEventAsync(link.Mailbox, link.EventId, meeting.Time, cancellationToken);
                if (!moved)
                {
                    logger.LogInformation("The Outlook event of meeting {MeetingId} was deleted in {Mailbox}; it is not recreated", meeting.Id, link.Mailbox);
                }
                await links.SaveAsync(link with { Start = meeting.Start, End = meeting.End, Cancelled = !moved }, cancellationToken);
                break;
        }
    }

    /// <inheritdoc />
    public async Task CancelEventAsync(Meeting meeting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (await links.FindAsync(meeting.Id, cancellationToken) is { Cancelled: false } link)
        {
            await graph.CancelEventAsync(link.Mailbox, link.EventId, cancellationToken);
            await links.SaveAsync(link with { Cancelled = true }, cancellationToken);
        }
    }

    private async Task CreateAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var mailbox = MailboxOf(meeting.RepId);
        var visitor = await leads.GetAsync(meeting.LeadId, cancellationToken);
        var body = GraphCalendarJson.NewEvent(meeting, invites.Summary(meeting.RepId), invites.Description(meeting.RepId), visitor);
        var eventId = await graph.CreateEventAsync(mailbox, body, cancellationToken);
        await links.SaveAsync(new GraphEventLink(meeting.Id, mailbox, eventId, meeting.Start, meeting.End, Cancelled: false), cancellationToken);
    }

    private string MailboxOf(string repId) =>
        options.Value.Mailboxes.TryGetValue(repId, out var mailbox) && !string.IsNullOrWhiteSpace(mailbox)
            ? mailbox
            : throw new CalendarUnavailableException($"Rep '{repId}' has no {CalendarOptions.SectionName}:Mailboxes entry, so their Outlook calendar cannot be reached.");
}
