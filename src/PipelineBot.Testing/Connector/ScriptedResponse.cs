namespace PipelineBot.Testing.Connector;

/// <summary>An answer a <see cref="LoopbackServer"/> fake gives to one request.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">A JSON body, or none.</param>
/// <param name="RetryAfter">A Retry-After header value (seconds or an HTTP date), or none.</param>
public sealed record ScriptedResponse(int Status, string? Body = null, string? RetryAfter = null);
