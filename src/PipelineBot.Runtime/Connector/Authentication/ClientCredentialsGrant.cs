namespace PipelineBot.Runtime.Connector.Authentication;

/// <summary>What an app sends a Microsoft identity platform token endpoint to get a token for itself (OAuth 2.0 client credentials).</summary>
/// <param name="TokenEndpoint">The tenant's v2.0 token endpoint, e.g. <c>https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token</c>.</param>
/// <param name="ClientId">The app (client) id.</param>
/// <param name="ClientSecret">The app's client secret; never logged or put in error messages.</param>
/// <param name="Scope">The resource's <c>.default</c> scope, e.g. <c>https://graph.microsoft.com/.default</c>.</param>
public sealed record ClientCredentialsGrant(string TokenEndpoint, string ClientId, string ClientSecret, string Scope)
{
    /// <summary>Leaves the secret out, so a logged grant cannot leak it.</summary>
    public override string ToString() => $"{nameof(ClientCredentialsGrant)} {{ {TokenEndpoint}, {ClientId}, {Scope} }}";
}
