namespace PipelineBot.Host.Dialogs;

/// <summary>What the bot remembers about a visitor across conversations.</summary>
public sealed class VisitorProfile
{
    /// <summary>The name the visitor gave.</summary>
    public string? Name { get; set; }

    /// <summary>The company the visitor works for.</summary>
    public string? Company { get; set; }

    /// <summary>True once both questions are answered.</summary>
    public bool IsComplete => !string.IsNullOrEmpty(Name) && !string.IsNullOrEmpty(Company);
}
