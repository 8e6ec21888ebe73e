namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>Settings of the qualification dialog, from the qualification section.</summary>
public sealed class QualifyLeadOptions
{
    /// <summary>How many answers a question gets before the dialog skips it for this conversation.</summary>
    public int MaxAttempts { get; set; } = 3;
}
