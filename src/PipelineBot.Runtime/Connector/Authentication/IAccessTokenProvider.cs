namespace PipelineBot.Runtime.Connector.Authentication;

/// <summary>Supplies the bearer token the bot presents when calling a channel's Connector API.</summary>
public interface IAccessTokenProvider
{
    /// <summary>Returns a current bot token, or null when authentication is disabled and no <c>Authorization</c> header should be sent.</summary>
    Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default);
}
