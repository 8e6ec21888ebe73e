namespace PipelineBot.Runtime.Dialogs;

/// <summary>The persisted dialog stack of a conversation; the active dialog is first.</summary>
public sealed class DialogState
{
    /// <summary>The stack, top first.</summary>
    public List<DialogInstance> DialogStack { get; set; } = [];
}
