namespace PipelineBot.Sales.Qualification;

/// <summary>A value broke its question's rules, e.g. a negative budget or an email without a domain; nothing was recorded.</summary>
public sealed class InvalidAnswerException : SalesDomainException
{
    /// <summary>Creates the exception without details; prefer the constructor naming question and problem.</summary>
    public InvalidAnswerException()
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public InvalidAnswerException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure behind it.</summary>
    public InvalidAnswerException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The question whose rules refused the value.</summary>
    public string? QuestionId { get; private init; }

    /// <summary>What is wrong with the value, phrased to follow "the answer", e.g. <c>is below the minimum of 0</c>.</summary>
    public string? Problem { get; private init; }

    /// <summary>Creates the exception for a question and the problem its rules found, so a dialog can re-prompt.</summary>
    public static InvalidAnswerException For(string questionId, string problem) =>
        new($"The answer to '{questionId}' {problem}.") { QuestionId = questionId, Problem = problem };
}
