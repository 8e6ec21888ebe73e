using PipelineBot.Host.Meetings;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Endpoints;

/// <summary>
/// <c>GET /meetings/{id}.ics?token=...</c>: the invite of a booked meeting, for visitors whose chat cannot open the
/// attachment. Without the token signed for that meeting the answer is 404, the same as for a meeting that does not
/// exist, so the endpoint tells a guesser nothing.
/// </summary>
public static class MeetingInviteEndpoint
{
    /// <summary>Maps the download route.</summary>
    public static IEndpointRouteBuilder MapMeetingInvites(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/meetings/{id:guid}.ics", DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(
        Guid id, string? token, InviteLinks links, IMeetingRepository meetings, ILeadRepository leads, MeetingConfirmations confirmations,
        CancellationToken cancellationToken)
    {
        if (!await links.VerifyAsync(id, token, cancellationToken) || await meetings.GetAsync(id, cancellationToken) is not { } meeting)
        {
            return Results.NotFound();
        }
        var invite = confirmations.Invite(meeting, await leads.GetAsync(meeting.LeadId, cancellationToken));
        return Results.File(invite.Content, invite.ContentType, invite.FileName);
    }
}
