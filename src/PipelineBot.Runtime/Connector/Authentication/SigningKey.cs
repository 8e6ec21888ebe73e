using Microsoft.IdentityModel.Tokens;

namespace PipelineBot.Runtime.Connector.Authentication;

/// <summary>A published signing key with the channel ids Azure Bot Service endorsed it for.</summary>
internal sealed record SigningKey(JsonWebKey Key, IReadOnlyList<string> Endorsements);
