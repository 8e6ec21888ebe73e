namespace PipelineBot.Testing.Connector;

/// <summary>One request as a <see cref="LoopbackServer"/> fake received it.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="RawTarget">The path and query exactly as sent, still escaped.</param>
/// <param name="Authorization">The Authorization header, or null when absent.</param>
/// <param name="Body">The request body.</param>
public sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string Body);
