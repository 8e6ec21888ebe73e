using Microsoft.Extensions.Options;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Routing;

namespace PipelineBot.Host.Meetings;

/// <summary>
/// Books a lead's meeting: finds the free slots of the reps who may take it (<see cref="MeetingHosts"/>: the owner, or
/// for an unaccepted round-robin lead anyone in its pool) in their calendars, books one (the store refusing it if
/// someone else got there first), hands the lead and its deal to the slot's rep if that is not the owner, moves the
/// deal to the meeting stage and puts the meeting in the rep's calendar; later moves or cancels it for the lead, and
/// only for that lead. What is said about it is the dialog's business.
/// </summary>
public sealed class MeetingScheduler(
    IOptions<AvailabilityOptions> availability,
    PipelineCatalog pipelines,
    MeetingHosts hosts,
    IMeetingRepository meetings,
    ILeadRepository leads,
    IDealRepository deals,
    ICalendarProvider calendar,
    BookingOptions options,
    TimeProvider time,
    ILogger<MeetingScheduler> logger)
{
    /// <summary>The rep's effective availability, for their time zone and meeting length.</summary>
    public RepAvailability AvailabilityOf(string repId) => availability.Value.For(repId);

    /// <summary>
    /// The earliest free slots of the reps who may take the lead's meeting, at most <see cref="BookingOptions.SlotsOffered"/>,
    /// inside <paramref name="within"/> when given, merged in time order (<see cref="SlotMerger"/>: the owner keeps a
    /// time they share with another rep). Empty for a lead without an owner.
    /// </summary>
    public async Task<IReadOnlyList<RepSlot>> FindSlotsAsync(Lead lead, TimeSlot? within, CancellationToken cancellationToken)
    {
        var byRep = await Task.WhenAll(hosts.For(lead).Select(async repId =>
            (await FindSlotsAsync(repId, moving: null, within, cancellationToken)).Select(slot => new RepSlot(repId, slot))));
        return SlotMerger.Merge(byRep, options.SlotsOffered);
    }

    /// <summary>
    /// Free slots of the meeting's rep to move it to, found as for booking but with that rep alone, and with the time
    /// the meeting holds counting as free (the store swaps it for the new time in one write), so it can move by less
    /// than its length; its own time is never offered.
    /// </summary>
    public Task<IReadOnlyList<TimeSlot>> FindSlotsToMoveAsync(Meeting meeting, TimeSlot? within, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return FindSlotsAsync(meeting.RepId, meeting, within, cancellationToken);
    }

    /// <summary>The reps the lead may book: its owner, or the whole pool while an unaccepted round-robin lead may still move.</summary>
    public IReadOnlyList<string> HostsFor(Lead lead) => hosts.For(lead);

    /// <summary>The lead's next booked meeting that has not started, if any.</summary>
    public async Task<Meeting?> UpcomingAsync(Guid leadId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return (await meetings.FindByLeadAsync(leadId, cancellationToken)).FirstOrDefault(m => m.Status == MeetingStatus.Booked && m.Start > now);
    }

    /// <summary>The lead's booked meeting with this id if it has not started; null when it is someone else's, over, cancelled or unknown.</summary>
    public async Task<Meeting?> UpcomingAsync(Guid leadId, Guid meetingId, CancellationToken cancellationToken) =>
        await meetings.GetAsync(meetingId, cancellationToken) is { Status: MeetingStatus.Booked } meeting
            && meeting.LeadId == leadId && meeting.Start > time.GetUtcNow()
            ? meeting
            : null;

    /// <summary>
    /// Books the slot with its rep; if that is not the lead's owner, hands the lead and its deal over to them. Then
    /// moves the deal to the meeting stage and puts the meeting in the rep's calendar. A calendar that cannot be
    /// written does not undo the booking: the store is the source of truth.
    /// </summary>
    /// <exception cref="SlotTakenException">
    /// The slot is no longer free (booked meanwhile, or too soon now), or no longer the lead's to take: the owner has
    /// accepted or rejected the lead since it was offered.
    /// </exception>
    public async Task<Booking> BookAsync(Lead lead, RepSlot pick, string visitorTimeZoneId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(pick);
        if (lead is not { OwnerRepId: { } owner, DealId: { } dealId })
        {
            throw new SalesDomainException($"Lead {lead.Id} has no owner or deal to book a meeting for.");
        }
        if (!hosts.For(lead).Contains(pick.RepId))
        {
            throw new SlotTakenException($"Lead {lead.Id} can no longer book rep '{pick.RepId}': its owner '{owner}' keeps it now.");
        }
        var now = time.GetUtcNow();
        EnsureOutsideNotice(pick.Slot, pick.RepId, now);
        var meeting = Meeting.Book(Guid.NewGuid(), dealId, lead.Id, pick.RepId, pick.Slot, AvailabilityOf(pick.RepId).Buffer, visitorTimeZoneId, Actor.Visitor, now);
        await meetings.BookAsync(meeting, cancellationToken);
        var handOver = pick.RepId == owner ? null : await HandOverAsync(lead, dealId, meeting, now, cancellationToken);
        await MoveDealAsync(dealId, now, cancellationToken);
        await UpdateCalendarAsync(meeting, calendar.CreateEventAsync, cancellationToken);
        return new Booking(meeting, handOver);
    }

    /// <summary>Moves the lead's upcoming meeting to the slot, keeping the old time in its history; null when the lead has no such meeting.</summary>
    /// <exception cref="SlotTakenException">The slot is no longer free or too soon now; the meeting stays where it was.</exception>
    public async Task<Meeting?> RescheduleAsync(Guid leadId, Guid meetingId, TimeSlot to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        if (await UpcomingAsync(leadId, meetingId, cancellationToken) is not { } meeting)
        {
            return null;
        }
        var now = time.GetUtcNow();
        EnsureOutsideNotice(to, meeting.RepId, now);
        meeting.Reschedule(to, Actor.Visitor, now);
        await meetings.SaveAsync(meeting, cancellationToken);
        await UpdateCalendarAsync(meeting, calendar.UpdateEventAsync, cancellationToken);
        return meeting;
    }

    /// <summary>
    /// Cancels the lead's upcoming meeting, which frees the rep's time; null when the lead has no such meeting. The
    /// deal stays at its stage: the meeting was booked, and what happens next is the rep's call.
    /// </summary>
    public async Task<Meeting?> CancelAsync(Guid leadId, Guid meetingId, CancellationToken cancellationToken)
    {
        if (await UpcomingAsync(leadId, meetingId, cancellationToken) is not { } meeting)
        {
            return null;
        }
        meeting.Cancel(Actor.Visitor, time.GetUtcNow());
        await meetings.SaveAsync(meeting, cancellationToken);
        await UpdateCalendarAsync(meeting, calendar.CancelEventAsync, cancellationToken);
        return meeting;
    }

    private async Task<IReadOnlyList<TimeSlot>> FindSlotsAsync(string repId, Meeting? moving, TimeSlot? within, CancellationToken cancellationToken)
    {
        var rep = AvailabilityOf(repId);
        var now = time.GetUtcNow();
        // A day either side covers meetings whose buffers reach into the searched days.
        var busy = await calendar.FindBusyAsync(repId, new TimeSlot(now.AddDays(-1), now.AddDays(rep.DaysAhead + 2)), cancellationToken);
        // A meeting being moved does not block its own way (the store's calendar reports its held time, the rep's own
        // calendar its event); one slot more is found in case its current time is among them.
        var free = busy.Where(slot => moving is null || (slot != moving.HeldTime && slot != moving.Time));
        var slots = SlotFinder.Find(rep, free, now, options.SlotsOffered + 1, within);
        return [.. slots.Where(slot => slot != moving?.Time).Take(options.SlotsOffered)];
    }

    /// <summary>
    /// Hands the lead and its deal to the rep of the meeting just booked, in one write. Recorded as a round-robin
    /// assignment, so the round-robin cursor moves to that rep and the owner who lost the lead is next in turn.
    /// </summary>
    /// <exception cref="SlotTakenException">The lead or deal changed meanwhile, e.g. the owner accepted the lead; the meeting is cancelled again.</exception>
    private async Task<LeadStatusChange> HandOverAsync(Lead lead, Guid dealId, Meeting meeting, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deal = await deals.GetAsync(dealId, cancellationToken) ?? throw new SalesDomainException($"Lead {lead.Id} has no deal {dealId}.");
        var why = $"reassigned from {lead.OwnerRepId} to {meeting.RepId}, who was free at the time the visitor booked";
        lead.Reassign(meeting.RepId, AssignmentMethod.RoundRobin, why, Actor.System, now);
        deal.AssignOwner(meeting.RepId, Actor.System, now);
        try
        {
            await leads.SaveWithDealAsync(lead, deal, cancellationToken);
        }
        catch (ConcurrencyConflictException exception)
        {
            // Someone (the owner accepting the lead, say) got there between the check and the write: the booking must
            // not outlive the hand-over it depended on, and the visitor is offered fresh slots as for any lost race.
            meeting.Cancel(Actor.System, now, "the lead was not free to hand over");
            await meetings.SaveAsync(meeting, cancellationToken);
            throw new SlotTakenException($"Lead {lead.Id} changed while its meeting with '{meeting.RepId}' was booked.", exception);
        }
        return lead.History[^1];
    }

    private void EnsureOutsideNotice(TimeSlot slot, string repId, DateTimeOffset now)
    {
        if (slot.Start < now + AvailabilityOf(repId).MinimumNotice)
        {
            // Offered earlier, the slot has since come too close for the rep to prepare.
            throw new SlotTakenException($"Slot {slot} now starts within the minimum notice of rep '{repId}'.");
        }
    }

    private async Task UpdateCalendarAsync(Meeting meeting, Func<Meeting, CancellationToken, Task> change, CancellationToken cancellationToken)
    {
        try
        {
            await change(meeting, cancellationToken);
        }
        catch (CalendarUnavailableException exception)
        {
            // The visitor still gets the confirmation; the calendar provider catches up on its own.
            logger.LogWarning(exception, "Meeting {MeetingId} with rep {RepId} is saved but the rep's calendar is not yet updated", meeting.Id, meeting.RepId);
        }
    }

    private async Task MoveDealAsync(Guid dealId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Only forward: a deal at the meeting stage already (a second meeting), past it or closed stays where it is.
        // Stages passed over are not recorded as visited; the history says what happened, e.g. Contact → Meeting.
        if (await deals.GetAsync(dealId, cancellationToken) is { } deal
            && pipelines.Find(deal.Pipeline, deal.Stage) is { IsOpen: true } current
            && pipelines.Get(current.Pipeline) is var pipeline
            && pipeline.Find(options.MeetingStage) is { } meeting
            && current.Position < meeting.Position)
        {
            deal.MoveTo(meeting.Name, pipeline, Actor.Visitor, now);
            await deals.SaveAsync(deal, cancellationToken);
        }
    }
}
