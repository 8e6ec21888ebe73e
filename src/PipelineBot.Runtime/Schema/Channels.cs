namespace PipelineBot.Runtime.Schema;

/// <summary>Channel ids.</summary>
public static class Channels
{
    /// <summary>The Bot Framework Emulator.</summary>
    public const string Emulator = "emulator";
    /// <summary>Direct Line clients.</summary>
    public const string Directline = "directline";
    /// <summary>The Web Chat widget.</summary>
    public const string Webchat = "webchat";
    /// <summary>Microsoft Teams.</summary>
    public const string Msteams = "msteams";
    /// <summary>Slack.</summary>
    public const string Slack = "slack";
    /// <summary>The in-process test adapter.</summary>
    public const string Test = "test";
}
