using PipelineBot.Host.Content;
using PipelineBot.Host.Meetings.Notices;
using PipelineBot.Sales;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;
using PipelineBot.Sales.Routing;
using static PipelineBot.Host.Reps.RepAssistant;

namespace PipelineBot.Host.Reps;

/// <summary>
/// A rep's answer on the card that asks whether a meeting took place. Only the owner of the meeting's lead may answer.
/// A no-show is followed up with the visitor at once, and by the notice service again if they cannot be reached now.
/// </summary>
public sealed class MeetingOutcomes(
    IMeetingRepository meetings, ILeadRepository leads, MeetingNoticeSender notices, RepDirectory reps, IDialogText text, TimeProvider time)
{

    /// <summary>Marks the meeting <see cref="MeetingStatus.Completed"/> or <see cref="MeetingStatus.NoShow"/>; returns the reply to the rep.</summary>
    public async Task<string> RecordAsync(Principal rep, string? meetingId, MeetingStatus outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rep);
        if (outcome is not (MeetingStatus.Completed or MeetingStatus.NoShow))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "A rep says a meeting took place or was a no-show.");
        }
        if (!Guid.TryParse(meetingId, out var id) || await meetings.GetAsync(id, cancellationToken) is not { } meeting
            || await leads.GetAsync(meeting.LeadId, cancellationToken) is not { } lead)
        {
            return text.Get("reps.meeting.missing", RepLocale);
        }
        var name = LeadNames.For(lead, text);
        if (lead.OwnerRepId != rep.Id)
        {
            return Say("reps.meeting.notOwner", ("lead", name), ("owner", lead.OwnerRepId is { } owner ? reps.NameOf(owner) : string.Empty));
        }
        try
        {
            var by = Actor.Rep(rep.Id);
            if (outcome == MeetingStatus.NoShow)
            {
                meeting.MarkNoShow(by, time.GetUtcNow());
            }
            else
            {
                meeting.MarkCompleted(by, time.GetUtcNow());
            }
            await meetings.SaveAsync(meeting, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return Say("reps.lead.changed", ("lead", name));
        }
        catch (SalesDomainException ex)
        {
            return Say("reps.meeting.refused", ("lead", name), ("why", ex.Message));
        }
        if (outcome == MeetingStatus.Completed)
        {
            return Say("reps.meeting.held", ("lead", name));
        }
        await notices.SendDueAsync(meeting, cancellationToken);
        return Say("reps.meeting.noShow", ("lead", name));
    }

    private string Say(string key, params (string Name, string Value)[] values) =>
        text.Get(key, RepLocale, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
}
