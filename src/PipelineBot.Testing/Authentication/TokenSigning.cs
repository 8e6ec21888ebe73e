namespace PipelineBot.Testing.Authentication;

/// <summary>How <see cref="TestIdentityProvider"/> signs a token it mints.</summary>
public enum TokenSigning
{
    /// <summary>With a key the provider publishes in its JWKS, as a genuine issuer would.</summary>
    Published,

    /// <summary>With a freshly made key that no JWKS lists, as a forger would.</summary>
    Unpublished,

    /// <summary>Not at all (<c>alg: none</c>).</summary>
    Unsigned,
}
