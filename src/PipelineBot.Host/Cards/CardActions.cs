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

    /// <summary>What every deal button's action starts with; the rep side hands them all to the command dispatcher.</summary>
    public const string DealPrefix = "deal.";

    /// <summary>The data field holding the deal's id, as <see cref="Guid"/> text, on every deal button.</summary>
    public const string DealIdField = "dealId";

    /// <summary>The data field holding the stage a move button expects the deal to be in still.</summary>
    public const string FromStageField = "from";

    /// <summary>The data field holding the stage a move button moves the deal to.</summary>
    public const string ToStageField = "to";

    /// <summary>The data field saying the rep has confirmed a backward or skipping move (<c>"true"</c>).</summary>
    public const string ConfirmedField = "confirmed";

    /// <summary>The data field (a number input id) holding how many days to snooze the stuck warning.</summary>
    public const string DaysField = "days";

    /// <summary>The data field (a text input id) holding a note's text.</summary>
    public const string NoteField = "note";

    /// <summary>The data field (a text input id) holding a next step.</summary>
    public const string StepField = "step";

    /// <summary>The data field (a date input id) holding the day a next step is due, as YYYY-MM-DD.</summary>
    public const string DueField = "due";

    /// <summary>The data field holding the message a deal was picked for, which is carried out again for that deal.</summary>
    public const string MessageField = "message";

    /// <summary>The rep wants the card of the deal named by <see cref="DealIdField"/>.</summary>
    public const string DealShow = "deal.show";

    /// <summary>The rep picked the deal they meant when a name fitted several; <see cref="MessageField"/> says what for.</summary>
    public const string DealPick = "deal.pick";

    /// <summary>The rep moves the deal from <see cref="FromStageField"/> to <see cref="ToStageField"/>, with a reason when it closes.</summary>
    public const string DealMove = "deal.move";

    /// <summary>The rep decided against a move they were asked to confirm.</summary>
    public const string DealKeep = "deal.keep";

    /// <summary>The rep snoozes the deal's stuck warning for <see cref="DaysField"/> days.</summary>
    public const string DealSnooze = "deal.snooze";

    /// <summary>The rep adds the note in <see cref="NoteField"/> to the deal.</summary>
    public const string DealNote = "deal.note";

    /// <summary>The rep sets the deal's next step from <see cref="StepField"/> and <see cref="DueField"/>.</summary>
    public const string DealNextStep = "deal.nextStep";
}
