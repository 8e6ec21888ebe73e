using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Connector.Authentication;

/// <summary>Decides whether an inbound activity really comes from a Bot Framework channel or the Emulator.</summary>
public interface IChannelAuthenticator
{
    /// <summary>
    /// Validates the request's <c>Authorization</c> header against the activity it carries; never throws for bad
    /// or missing credentials, returning a failure result instead.
    /// </summary>
    Task<AuthenticationResult> AuthenticateAsync(Activity activity, string? authorizationHeader, CancellationToken cancellationToken = default);
}
