namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>
/// What one run of the question loop hands to the next: the questions skipped in this conversation after too many
/// unusable answers. Answers themselves live on the lead, never here.
/// </summary>
public sealed class QualifyLeadProgress
{
    /// <summary>Ids of the questions not to ask again in this conversation.</summary>
    public List<string> SkippedQuestionIds { get; set; } = [];
}
