namespace PipelineBot.Host.Tools;

/// <summary>Where a tool writes: results to <see cref="Out"/>; progress, problems and errors to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="ErrorIsTerminal">True when standard error is a terminal, where progress is drawn as a bar rather than logged as lines.</param>
public sealed record ToolConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    /// <summary>The process's own console.</summary>
    public static ToolConsole Process => new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
