using System.ComponentModel.DataAnnotations;

namespace PipelineBot.Host.Content.Qualification;

/// <summary>Where the qualification script lives; sales ops edit that file and restart, no rebuild needed.</summary>
public sealed class QualificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Qualification";

    /// <summary>The script file; a relative path resolves against the application folder, as the dialog content does.</summary>
    [Required]
    public string ScriptPath { get; set; } = "dialogs/qualify-lead.yaml";

    /// <summary>How many unusable answers a question gets before it is skipped for the conversation.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The script's full path: relative paths are taken from the binaries' folder so run, test and publish agree.</summary>
    public string ResolvedScriptPath => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, ScriptPath));
}
