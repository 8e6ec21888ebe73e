namespace PipelineBot.Host.Cards;

/// <summary>One message of the conversation so far, as a handoff card shows it to the rep taking over.</summary>
/// <param name="From">Who spoke: <see cref="Visitor"/> or <see cref="Bot"/>.</param>
/// <param name="Text">What was said, as sent.</param>
/// <param name="At">When it was said; the card shows it in the rep's own time zone.</param>
public sealed record TranscriptLine(string From, string Text, DateTimeOffset At)
{
    /// <summary>The <see cref="From"/> of a line the visitor sent.</summary>
    public const string Visitor = "visitor";

    /// <summary>The <see cref="From"/> of a line the bot sent.</summary>
    public const string Bot = "bot";
}
