using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace PipelineBot.Host.Endpoints;

/// <summary>
/// The <c>ApiKey</c> authentication scheme: a request carrying one of <see cref="ApiOptions.Keys"/> in the
/// <c>X-Api-Key</c> header is that client. Keys are compared in constant time (as SHA-256 digests, so not even their
/// length leaks), and against every configured key, so the time taken says nothing about which one came close.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptions<ApiOptions> api) : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The request header that carries the key.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var sent) || sent.Count != 1 || string.IsNullOrEmpty(sent[0]))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var sentDigest = SHA256.HashData(Encoding.UTF8.GetBytes(sent[0]!));
        ApiKey? client = null;
        foreach (var key in api.Value.Keys)
        {
            if (CryptographicOperations.FixedTimeEquals(sentDigest, SHA256.HashData(Encoding.UTF8.GetBytes(key.Key))))
            {
                client = key;
            }
        }
        if (client is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not one of Api:Keys."));
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, client.Name)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
        await Response.WriteAsJsonAsync(
            new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "An API key is required",
                Detail = $"Send one of the keys configured in Api:Keys in the {HeaderName} header.",
            },
            options: null,
            contentType: "application/problem+json",
            cancellationToken: Context.RequestAborted);
    }
}
