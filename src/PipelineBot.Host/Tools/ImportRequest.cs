namespace PipelineBot.Host.Tools;

/// <summary><c>import &lt;file.csv&gt;</c>: import leads and deals from the file, all or nothing.</summary>
/// <param name="Path">The CSV file.</param>
public sealed record ImportRequest(string Path) : ToolRequest;
