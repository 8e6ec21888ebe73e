using System.Security.Claims;

namespace PipelineBot.Runtime.Connector.Authentication;

/// <summary>
/// The outcome of checking an inbound request: whether to run the turn, who sent it, and why it was refused.
/// </summary>
/// <param name="IsAuthenticated">True when the request may be processed (including anonymous acceptance with auth disabled).</param>
/// <param name="Identity">The validated token's claims, an anonymous identity when auth is disabled, or null on failure.</param>
/// <param name="CallerId">The value to stamp on <c>activity.CallerId</c>; null for anonymous requests and failures.</param>
/// <param name="FailureReason">Why the request was refused, for the server log only: never send it to the client.</param>
public sealed record AuthenticationResult(bool IsAuthenticated, ClaimsIdentity? Identity, string? CallerId, string? FailureReason)
{
    /// <summary>The authentication type of the identity given to requests accepted while auth is disabled, as in the Bot Framework SDK.</summary>
    public const string AnonymousAuthenticationType = "anonymous";

    /// <summary>Accepts a request without a token, which is only legitimate when no app id is configured.</summary>
    public static AuthenticationResult Anonymous() => new(true, new ClaimsIdentity([], AnonymousAuthenticationType), null, null);

    /// <summary>Accepts a request whose token was validated.</summary>
    public static AuthenticationResult Authenticated(ClaimsIdentity identity, string callerId) => new(true, identity, callerId, null);

    /// <summary>Refuses a request; the caller answers 401 with an empty body and logs <paramref name="reason"/>.</summary>
    public static AuthenticationResult Failure(string reason) => new(false, null, null, reason);
}
