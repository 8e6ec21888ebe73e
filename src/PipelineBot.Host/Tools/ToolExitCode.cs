namespace PipelineBot.Host.Tools;

/// <summary>What a tool's process exit code means.</summary>
public enum ToolExitCode
{
    /// <summary>Done.</summary>
    Success = 0,

    /// <summary>The input was refused: a bad file (with its report), a configuration, or a database that is in use or already seeded.</summary>
    InputRefused = 1,

    /// <summary>The command line is wrong; the usage is printed.</summary>
    UsageError = 2,
}
