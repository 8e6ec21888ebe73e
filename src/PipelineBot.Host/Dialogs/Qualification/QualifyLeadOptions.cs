namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>Settings of the qualification dialog, put together from the qualification and pipeline sections.</summary>
public sealed class QualifyLeadOptions
{
    /// <summary>The first pipeline stage, where the deal of a new SQL opens.</summary>
    public string FirstStageName { get; set; } = "Contact";

    /// <summary>How many answers a question gets before the dialog skips it for this conversation.</summary>
    public int MaxAttempts { get; set; } = 3;
}
