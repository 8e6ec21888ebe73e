using PipelineBot.Host.Content;
using PipelineBot.Host.Reps;

namespace PipelineBot.Host.Meetings;

/// <summary>
/// The title and body of a meeting's invitation, in the content's default language: the .ics the visitor downloads and
/// the event in the rep's calendar say the same, and neither knows the visitor's language.
/// </summary>
public sealed class MeetingInviteText(IDialogText text, RepDirectory reps)
{
    /// <summary>The invitation's title, e.g. "Call with Anna Novak".</summary>
    public string Summary(string repId) => text.Get("meeting.invite.summary", null, Rep(repId));

    /// <summary>The invitation's body.</summary>
    public string Description(string repId) => text.Get("meeting.invite.description", null, Rep(repId));

    private Dictionary<string, string> Rep(string repId) => new() { ["rep"] = reps.NameOf(repId) };
}
