using Microsoft.Extensions.Options;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Meetings;

/// <summary>
/// Books a lead's meeting with its owner: finds the owner's free slots in their calendar, books one (the store refusing
/// it if someone else got there first), moves the deal to the meeting stage and puts the meeting in the owner's
/// calendar. What is said about it is the dialog's business.
/// </summary>
public sealed class MeetingScheduler(
    IOptions<AvailabilityOptions> availability,
    IOptions<PipelineOptions> pipeline,
    IMeetingRepository meetings,
    IDealRepository deals,
    ICalendarProvider calendar,
    BookingOptions options,
    TimeProvider time,
    ILogger<MeetingScheduler> logger)
{
    /// <summary>The rep's effective availability, for their time zone and meeting length.</summary>
    public RepAvailability AvailabilityOf(string repId) => availability.Value.For(repId);

    /// <summary>The rep's earliest free slots, at most <see cref="BookingOptions.SlotsOffered"/>, inside <paramref name="within"/> when given.</summary>
    public async Task<IReadOnlyList<TimeSlot>> FindSlotsAsync(string repId, TimeSlot? within, CancellationToken cancellationToken)
    {
        var rep = AvailabilityOf(repId);
        var now = time.GetUtcNow();
        // A day either side covers meetings whose buffers reach into the searched days.
        var busy = await calendar.FindBusyAsync(repId, new TimeSlot(now.AddDays(-1), now.AddDays(rep.DaysAhead + 2)), cancellationToken);
        return SlotFinder.Find(rep, busy, now, options.SlotsOffered, within);
    }

    /// <summary>The lead's next booked meeting that has not started, if any.</summary>
    public async Task<Meeting?> UpcomingAsync(Guid leadId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return (await meetings.FindByLeadAsync(leadId, cancellationToken)).FirstOrDefault(m => m.Status == MeetingStatus.Booked && m.Start > now);
    }

    /// <summary>
    /// Books the slot with the lead's owner, moves the lead's deal to the meeting stage and puts the meeting in the owner's
    /// calendar. A calendar that cannot be written does not undo the booking: the store is the source of truth.
    /// </summary>
    /// <exception cref="SlotTakenException">The slot is no longer free: booked meanwhile, or too soon now.</exception>
    public async Task<Meeting> BookAsync(Lead lead, TimeSlot slot, string visitorTimeZoneId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(slot);
        if (lead is not { OwnerRepId: { } repId, DealId: { } dealId })
        {
            throw new SalesDomainException($"Lead {lead.Id} has no owner or deal to book a meeting for.");
        }
        var now = time.GetUtcNow();
        var rep = AvailabilityOf(repId);
        if (slot.Start < now + rep.MinimumNotice)
        {
            // Offered earlier, the slot has since come too close for the rep to prepare.
            throw new SlotTakenException($"Slot {slot} now starts within the minimum notice of rep '{repId}'.");
        }
        var meeting = Meeting.Book(Guid.NewGuid(), dealId, lead.Id, repId, slot, rep.Buffer, visitorTimeZoneId, Actor.Visitor, now);
        await meetings.BookAsync(meeting, cancellationToken);
        await MoveDealAsync(dealId, now, cancellationToken);
        await PutInCalendarAsync(meeting, cancellationToken);
        return meeting;
    }

    private async Task PutInCalendarAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        try
        {
            await calendar.CreateEventAsync(meeting, cancellationToken);
        }
        catch (CalendarUnavailableException exception)
        {
            // The visitor still gets the confirmation; the calendar provider catches up on its own.
            logger.LogWarning(exception, "Meeting {MeetingId} with rep {RepId} is booked but not yet in the rep's calendar", meeting.Id, meeting.RepId);
        }
    }

    private async Task MoveDealAsync(Guid dealId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Only forward: a deal at the meeting stage already (a second meeting) or past it stays where it is.
        if (await deals.GetAsync(dealId, cancellationToken) is { } deal && IndexOf(deal.Stage) < IndexOf(options.MeetingStage))
        {
            deal.MoveTo(options.MeetingStage, Actor.Visitor, now);
            await deals.SaveAsync(deal, cancellationToken);
        }
    }

    private int IndexOf(string stage) =>
        pipeline.Value.Stages.FindIndex(s => string.Equals(s.Name, stage, StringComparison.OrdinalIgnoreCase));
}
