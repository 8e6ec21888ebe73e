namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>
/// Where the question loop stands in this conversation, kept in conversation state: questions skipped after too many
/// unusable answers, answers the visitor asked to change, and whether they confirmed the summary. Answers
/// themselves live on the lead, never here.
/// </summary>
public sealed class QualifyLeadProgress
{
    /// <summary>Ids of the questions not to ask again in this conversation.</summary>
    public List<string> SkippedQuestionIds { get; set; } = [];

    /// <summary>Answered questions to ask again, first first: "go back", an edit on the summary, or "start over".</summary>
    public List<string> RevisitQuestionIds { get; set; } = [];

    /// <summary>True once the visitor confirmed the summary of their answers.</summary>
    public bool SummaryConfirmed { get; set; }
}
