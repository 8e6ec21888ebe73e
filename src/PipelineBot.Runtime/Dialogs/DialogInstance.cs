using System.Text.Json.Nodes;

namespace PipelineBot.Runtime.Dialogs;

/// <summary>One entry of the dialog stack: which dialog, and the state it persists between turns.</summary>
public sealed class DialogInstance
{
    /// <summary>The dialog's id in its <see cref="DialogSet"/>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The dialog's own persisted state, as JSON so it survives a restart unchanged.</summary>
    public JsonObject State { get; set; } = [];
}
