namespace PipelineBot.Testing.Stories;

/// <summary>
/// Replays conversation files against a bot through any <see cref="IStoryChannel"/>: YAML stories (see <see cref="Story"/>)
/// and Bot Framework Emulator transcripts. Typical use is one data-driven test per file of a folder.
/// </summary>
public static class StoryRunner
{
    /// <summary>Plays the story (<c>.story.yaml</c>, <c>.yaml</c>, <c>.yml</c>) or transcript (<c>.transcript</c>) in <paramref name="path"/>.</summary>
    public static Task RunFileAsync(string path, IStoryChannel channel, CancellationToken cancellationToken = default) =>
        Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".TRANSCRIPT" => RunTranscriptAsync(path, channel, cancellationToken),
            ".YAML" or ".YML" => RunStoryAsync(Story.Load(path), channel, cancellationToken),
            _ => throw new ArgumentException($"{path} is neither a story (.story.yaml) nor an Emulator transcript (.transcript).", nameof(path)),
        };

    /// <summary>Plays <paramref name="story"/>; throws <see cref="StoryAssertionException"/> at the first step the bot does not meet.</summary>
    public static Task RunStoryAsync(Story story, IStoryChannel channel, CancellationToken cancellationToken = default) =>
        new StoryPlayer(story, channel).PlayAsync(cancellationToken);

    /// <summary>
    /// Replays the Emulator transcript in <paramref name="path"/>: the user's activities are sent in order and each bot
    /// message in the file must match the next reply (same trimmed text, and the same suggested-action titles and
    /// attachment content types when it has any); the bot's typing and trace activities are ignored.
    /// </summary>
    public static Task RunTranscriptAsync(string path, IStoryChannel channel, CancellationToken cancellationToken = default) =>
        new TranscriptPlayer(path, channel).PlayAsync(cancellationToken);

    /// <summary>Every story and transcript below <paramref name="directory"/>, sorted, for a data-driven test.</summary>
    public static IReadOnlyList<string> FindFiles(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".story.yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".transcript", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
}
