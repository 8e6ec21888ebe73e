namespace PipelineBot.Runtime.Schema;

/// <summary>A channel's answer to a send: the id it gave the activity.</summary>
/// <param name="Id">The id the channel assigned.</param>
public sealed record ResourceResponse(string? Id);
