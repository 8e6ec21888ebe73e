using System.Text.Json;

namespace PipelineBot.Testing.Stories;

/// <summary>One parsed step of a story, numbered from 1 and tied to its YAML line for failure messages.</summary>
/// <param name="Number">The step's position in <c>steps</c>, from 1.</param>
/// <param name="Line">The YAML line the step starts on.</param>
/// <param name="Keyword">The step's key as written, e.g. <c>bot</c>.</param>
/// <param name="Kind">What the step does.</param>
internal sealed record StoryStep(int Number, int Line, string Keyword, StoryStepKind Kind)
{
    /// <summary>What the user types, or the event's name.</summary>
    public string? Text { get; init; }

    /// <summary>The card submit or event payload.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>What a bot step expects of the reply.</summary>
    public ReplyExpectation? Expectation { get; init; }

    /// <summary>The step as failure messages name it.</summary>
    public string Location => $"step {Number} (line {Line}, {Keyword})";
}
