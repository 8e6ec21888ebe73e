using System.Text.Json.Serialization;

namespace PipelineBot.Runtime.Hosting.DirectLine;

/// <summary>
/// Direct Line's Conversation object: a conversation id with a token for it, and once the conversation is open, the
/// pre-authorised WebSocket address its activities stream from.
/// </summary>
/// <param name="ConversationId">The conversation the token opens.</param>
/// <param name="Token">The bearer token for that conversation alone, with its user bound in.</param>
/// <param name="ExpiresIn">Seconds until the token expires.</param>
/// <param name="StreamUrl">The conversation's WebSocket stream; absent until the conversation is started.</param>
public sealed record DirectLineConversationToken(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl = null);
