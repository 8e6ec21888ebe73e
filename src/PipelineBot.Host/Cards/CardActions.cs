namespace PipelineBot.Host.Cards;

/// <summary>
/// The names our cards put into Action.Submit data, so a dialog matches the activity's value on the same constants.
/// The channel merges the card's inputs into that data by input id, e.g. the summary's edit arrives as
/// <c>{"action":"summary.edit","questionId":"budget"}</c> and a rejection as <c>{"action":"lead.reject","leadId":"…","reason":"…"}</c>.
/// </summary>
public static class CardActions
{
    /// <summary>The data field naming what the button does; every submit carries it.</summary>
    public const string ActionField = "action";

    /// <summary>The data field (the summary's choice-set input id) holding the id of the question to answer again.</summary>
    public const string QuestionIdField = "questionId";

    /// <summary>The data field holding the lead's id, as <see cref="Guid"/> text, on the rep's buttons.</summary>
    public const string LeadIdField = "leadId";

    /// <summary>The data field holding the meeting's id, as <see cref="Guid"/> text, on the rep's meeting-outcome buttons.</summary>
    public const string MeetingIdField = "meetingId";

    /// <summary>The data field (the reject text input id) holding the rep's reason for rejecting.</summary>
    public const string ReasonField = "reason";

    /// <summary>The visitor confirmed the summary of their answers.</summary>
    public const string SummaryConfirm = "summary.confirm";

    /// <summary>The visitor wants to change the answer named by <see cref="QuestionIdField"/>.</summary>
    public const string SummaryEdit = "summary.edit";

    /// <summary>The rep accepts the lead named by <see cref="LeadIdField"/>.</summary>
    public const string LeadAccept = "lead.accept";

    /// <summary>The rep rejects the lead named by <see cref="LeadIdField"/>, for the reason in <see cref="ReasonField"/>.</summary>
    public const string LeadReject = "lead.reject";

    /// <summary>The rep says the meeting named by <see cref="MeetingIdField"/> took place.</summary>
    public const string MeetingHeld = "outcome.held";

    /// <summary>The rep says the visitor did not turn up to the meeting named by <see cref="MeetingIdField"/>.</summary>
    public const string MeetingNoShow = "outcome.noShow";
}
