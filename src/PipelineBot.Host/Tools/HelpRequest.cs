namespace PipelineBot.Host.Tools;

/// <summary><c>help</c> or <c>--help</c>: list the verbs.</summary>
public sealed record HelpRequest : ToolRequest;
