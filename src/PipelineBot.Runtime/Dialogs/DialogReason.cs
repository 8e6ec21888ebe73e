namespace PipelineBot.Runtime.Dialogs;

/// <summary>Why a dialog is being begun, resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>The dialog was just started.</summary>
    BeginCalled,
    /// <summary>The user answered the active dialog.</summary>
    ContinueCalled,
    /// <summary>The dialog ended normally.</summary>
    EndCalled,
    /// <summary>The dialog was replaced by another.</summary>
    ReplaceCalled,
    /// <summary>The dialog was cancelled.</summary>
    CancelCalled,
    /// <summary>A waterfall step skipped ahead with NextAsync.</summary>
    NextCalled,
}
