namespace PipelineBot.Runtime.Schema;

/// <summary>The HTTP status and body an invoke activity is answered with.</summary>
/// <param name="Status">HTTP status code.</param>
/// <param name="Body">JSON body, or null for none.</param>
public sealed record InvokeResponse(int Status, object? Body = null);
