using System.ComponentModel.DataAnnotations;

namespace PipelineBot.Runtime.Hosting;

/// <summary>Limits of the messaging endpoint.</summary>
public sealed class BotOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Bot";

    /// <summary>The largest activity body accepted; larger requests get 413. Channels send a few KB; 256 KB leaves room for cards.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;
}
