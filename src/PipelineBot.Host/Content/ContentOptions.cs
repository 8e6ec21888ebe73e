using System.ComponentModel.DataAnnotations;

namespace PipelineBot.Host.Content;

/// <summary>Where the conversation content lives and which language answers when the visitor's has no text.</summary>
public sealed class ContentOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Content";

    /// <summary>The folder of dialog content files; relative paths resolve against the application folder.</summary>
    [Required]
    public string DialogsPath { get; set; } = "dialogs";

    /// <summary>The language every key must exist in, used when the visitor's language lacks a line.</summary>
    [Required]
    public string DefaultLocale { get; set; } = "en";
}
