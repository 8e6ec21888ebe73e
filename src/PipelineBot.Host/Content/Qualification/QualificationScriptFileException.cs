namespace PipelineBot.Host.Content.Qualification;

/// <summary>
/// The qualification script file cannot be used. One type for every cause (YAML syntax, shape, missing wording, the
/// domain's own rules) so start-up reports them the same way: the file, then each problem with its place.
/// </summary>
public sealed class QualificationScriptFileException : Exception
{
    /// <summary>Creates the exception with a single message.</summary>
    public QualificationScriptFileException(string message) : base(message) => Problems = [message];

    /// <summary>Creates the exception with a single message and its cause.</summary>
    public QualificationScriptFileException(string message, Exception innerException) : base(message, innerException) =>
        Problems = [message];

    /// <summary>Creates the exception without detail; prefer the constructor naming the file and problems.</summary>
    public QualificationScriptFileException() : this("The qualification script is invalid.")
    {
    }

    /// <summary>Creates the exception listing every problem found in <paramref name="filePath"/>.</summary>
    public QualificationScriptFileException(string filePath, IReadOnlyList<string> problems, Exception? innerException = null)
        : base(Describe(filePath, problems), innerException)
    {
        FilePath = filePath;
        Problems = problems;
    }

    /// <summary>The script file, or null when the exception was created without one.</summary>
    public string? FilePath { get; }

    /// <summary>Each problem on its own, e.g. <c>line 12, column 7: question 6 ('budget'), prompt: 'nunber' is not a prompt type</c>.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(string filePath, IReadOnlyList<string> problems) =>
        problems.Count == 1
            ? $"{filePath}: {problems[0]}"
            : $"{filePath}: {problems.Count} problems:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}";
}
