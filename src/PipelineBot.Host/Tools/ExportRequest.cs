using PipelineBot.Host.Tools.Transfer;

namespace PipelineBot.Host.Tools;

/// <summary><c>export leads|deals &lt;file.csv&gt;</c>: write the leads without a deal, or the deals, as CSV.</summary>
/// <param name="Kind">Which rows.</param>
/// <param name="Path">The file to write; an existing one is replaced.</param>
public sealed record ExportRequest(SalesExportKind Kind, string Path) : ToolRequest;
