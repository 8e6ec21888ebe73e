namespace PipelineBot.Runtime.Dialogs;

/// <summary>Where the dialog stack stands after a call.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,
    /// <summary>The active dialog waits for the user's next message.</summary>
    Waiting,
    /// <summary>The dialog finished and returned a result.</summary>
    Complete,
    /// <summary>The dialog was cancelled.</summary>
    Cancelled,
}
