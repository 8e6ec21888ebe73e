namespace PipelineBot.Sales.Qualification;

/// <summary>
/// A qualification script breaks the model's rules. The message lists every problem with the question's position and
/// id, so the loader only has to add the file name for a start-up error that says where and what.
/// </summary>
public sealed class QualificationScriptException : Exception
{
    /// <summary>Creates the exception without problems; prefer the constructor taking them.</summary>
    public QualificationScriptException() : this([])
    {
    }

    /// <summary>Creates the exception with a single message.</summary>
    public QualificationScriptException(string message) : base(message) => Problems = [message];

    /// <summary>Creates the exception with a message and the failure behind it.</summary>
    public QualificationScriptException(string message, Exception innerException) : base(message, innerException) =>
        Problems = [message];

    /// <summary>Creates the exception listing all problems found.</summary>
    public QualificationScriptException(IReadOnlyList<string> problems)
        : base($"The qualification script is invalid:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}") =>
        Problems = problems;

    /// <summary>Each problem on its own, e.g. <c>question 3 ('budget'): repeats the id of question 1</c>.</summary>
    public IReadOnlyList<string> Problems { get; }
}
