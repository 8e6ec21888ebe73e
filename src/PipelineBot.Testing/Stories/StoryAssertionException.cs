namespace PipelineBot.Testing.Stories;

/// <summary>Thrown when a story or transcript replay differs from what the bot does; the message names the file, the step, the expectation and the bot's replies.</summary>
public sealed class StoryAssertionException : TestFlowAssertionException
{
    /// <summary>Creates the exception for a failure at <paramref name="step"/> of the story or transcript in <paramref name="file"/>.</summary>
    public StoryAssertionException(string file, string step, string message) : base(message)
    {
        File = file;
        Step = step;
    }

    /// <summary>The story or transcript file, as it was given to the runner (or the story's name when it came from text).</summary>
    public string File { get; }

    /// <summary>Where the replay failed, e.g. <c>step 4 (line 9, bot)</c>, <c>activity 5</c> or <c>state 1</c>.</summary>
    public string Step { get; }
}
