using System.Diagnostics.CodeAnalysis;
using Microsoft.IdentityModel.JsonWebTokens;

namespace PipelineBot.Runtime.Connector.Authentication;

/// <summary>Reads the JWT out of an <c>Authorization</c> header without trusting anything in it yet.</summary>
internal static class BearerToken
{
    // Bot Framework senders always use this exact casing; the SDK rejects any other scheme spelling.
    private const string Prefix = "Bearer ";

    /// <summary>Parses <c>Bearer &lt;jwt&gt;</c>; on failure <paramref name="failure"/> says why, for the server log.</summary>
    public static bool TryRead(string? header, [NotNullWhen(true)] out JsonWebToken? token, out string failure)
    {
        token = null;
        if (header is null || !header.StartsWith(Prefix, StringComparison.Ordinal))
        {
            failure = "The Authorization header is missing or its scheme is not 'Bearer'.";
            return false;
        }
        var compact = header[Prefix.Length..];
        if (compact.Any(char.IsWhiteSpace))
        {
            // JsonWebToken tolerates stray whitespace, but a compact JWT never contains any: refuse it up front.
            failure = "The bearer token is not a well-formed JWT: it contains whitespace.";
            return false;
        }
        try
        {
            token = new JsonWebToken(compact);
            failure = string.Empty;
            return true;
        }
        catch (ArgumentException ex)
        {
            failure = $"The bearer token is not a well-formed JWT: {ex.Message}";
            return false;
        }
    }
}
