using Microsoft.Extensions.Options;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Meetings;

/// <summary>
/// Books a lead's meeting with its owner: finds the owner's free slots, books one (the store refusing it if someone
/// else got there first) and moves the deal to the meeting stage; later moves or cancels it for the lead, and only
/// for that lead. What is said about it is the dialog's business.
/// </summary>
public sealed class MeetingScheduler(
    IOptions<AvailabilityOptions> availability,
    PipelineCatalog pipelines,
    IMeetingRepository meetings,
    IDealRepository deals,
    BookingOptions options,
    TimeProvider time)
{
    /// <summary>The rep's effective availability, for their time zone and meeting length.</summary>
    public RepAvailability AvailabilityOf(string repId) => availability.Value.For(repId);

    /// <summary>The rep's earliest free slots, at most <see cref="BookingOptions.SlotsOffered"/>, inside <paramref name="within"/> when given.</summary>
    public Task<IReadOnlyList<TimeSlot>> FindSlotsAsync(string repId, TimeSlot? within, CancellationToken cancellationToken) =>
        FindSlotsAsync(repId, moving: null, within, cancellationToken);

    /// <summary>
    /// Free slots of the meeting's rep to move it to, as <see cref="FindSlotsAsync(string, TimeSlot?, CancellationToken)"/>
    /// finds them, except that the time the meeting holds counts as free (the store swaps it for the new time in one
    /// write), so it can move by less than its length; its own time is never offered.
    /// </summary>
    public Task<IReadOnlyList<TimeSlot>> FindSlotsToMoveAsync(Meeting meeting, TimeSlot? within, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return FindSlotsAsync(meeting.RepId, meeting, within, cancellationToken);
    }

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

    /// <summary>Books the slot with the lead's owner and moves the lead's deal to the meeting stage.</summary>
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
        return meeting;
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
        if (to.Start < now + AvailabilityOf(meeting.RepId).MinimumNotice)
        {
            throw new SlotTakenException($"Slot {to} now starts within the minimum notice of rep '{meeting.RepId}'.");
        }
        meeting.Reschedule(to, Actor.Visitor, now);
        await meetings.SaveAsync(meeting, cancellationToken);
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
        return meeting;
    }

    private async Task<IReadOnlyList<TimeSlot>> FindSlotsAsync(string repId, Meeting? moving, TimeSlot? within, CancellationToken cancellationToken)
    {
        var rep = AvailabilityOf(repId);
        var now = time.GetUtcNow();
        // A day either side covers meetings whose buffers reach into the searched days.
        var booked = await meetings.FindByRepAsync(repId, now.AddDays(-1), now.AddDays(rep.DaysAhead + 2), cancellationToken);
        // A meeting being moved does not block its own way; one slot more is found in case its current time is among them.
        var slots = SlotFinder.Find(rep, booked.Where(m => m.Id != moving?.Id), now, options.SlotsOffered + 1, within);
        return [.. slots.Where(slot => slot != moving?.Time).Take(options.SlotsOffered)];
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
