namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>What the visitor did with the summary of their answers.</summary>
/// <param name="Confirmed">True when they confirmed the answers as they are.</param>
/// <param name="QuestionId">The question whose answer they want to change, when they picked one.</param>
public sealed record ReviewOutcome(bool Confirmed, string? QuestionId)
{
    /// <summary>The answers are confirmed.</summary>
    public static ReviewOutcome Confirm { get; } = new(true, null);

    /// <summary>The visitor wants to change an answer; <paramref name="questionId"/> is null until they say which.</summary>
    public static ReviewOutcome Edit(string? questionId) => new(false, questionId);
}
