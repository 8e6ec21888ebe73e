using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PipelineBot.Runtime.Hosting.DirectLine;

/// <summary>
/// Issues and checks the channel's tokens: JWTs naming one conversation and the user bound to it, signed with a key
/// made at start-up (the conversations live in memory, so a token outliving the process would open nothing). Web Chat
/// and DirectLineJS take the user id from the token's <c>user</c> claim, so a page cannot speak as anyone else.
/// </summary>
public sealed class DirectLineTokens
{
    private const string Issuer = "directline";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";
    private const string ScopeClaim = "scope";
    private const string ConversationScope = "conversation";
    private const string StreamScope = "stream";

    // A stream URL only has to last until the client connects with it; Direct Line gives clients 60 seconds.
    private static readonly TimeSpan StreamUrlLifetime = TimeSpan.FromMinutes(2);

    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32));
    private readonly JsonWebTokenHandler _handler = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    /// <summary>Creates the issuer; <paramref name="timeProvider"/> is the clock expiry is judged by.</summary>
    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider timeProvider)
    {
        _time = timeProvider;
        _lifetime = options.Value.TokenLifetime;
    }

    /// <summary>
    /// A token for a new conversation, for a site's server to hand its page: the user is <paramref name="userId"/>,
    /// else a fresh <c>dl_</c> id (the prefix Direct Line reserves for ids a token vouches for).
    /// </summary>
    public DirectLineConversationToken Generate(string? userId = null) =>
        Issue(NewId(), string.IsNullOrEmpty(userId) ? $"dl_{NewId()}" : userId);

    /// <summary>A fresh token for a conversation and its user.</summary>
    internal DirectLineConversationToken Issue(string conversationId, string userId, string? streamUrl = null) =>
        new(conversationId, Create(conversationId, userId, ConversationScope, _lifetime), (int)_lifetime.TotalSeconds, streamUrl);

    /// <summary>The short-lived credential a stream URL carries, good for connecting to that conversation's stream only.</summary>
    internal string IssueStreamToken(string conversationId, string userId) => Create(conversationId, userId, StreamScope, StreamUrlLifetime);

    /// <summary>Checks a bearer token, which must be a conversation token rather than a stream URL's.</summary>
    internal Task<DirectLineTokenCheck> CheckConversationTokenAsync(string token) => CheckAsync(token, ConversationScope);

    /// <summary>Checks a stream URL's token.</summary>
    internal Task<DirectLineTokenCheck> CheckStreamTokenAsync(string token) => CheckAsync(token, StreamScope);

    /// <summary>A new random id: 128 bits, URL-safe, so conversation ids cannot be guessed.</summary>
    internal static string NewId() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    private string Create(string conversationId, string userId, string scope, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = new Dictionary<string, object> { [ConversationClaim] = conversationId, [UserClaim] = userId, [ScopeClaim] = scope },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    private async Task<DirectLineTokenCheck> CheckAsync(string token, string scope)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidateAudience = false,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            // Expiry is judged below on the host's clock; the handler would read the system clock.
            ValidateLifetime = false,
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt
            || !jwt.TryGetPayloadValue<string>(ScopeClaim, out var tokenScope) || tokenScope != scope
            || !jwt.TryGetPayloadValue<string>(ConversationClaim, out var conversationId)
            || !jwt.TryGetPayloadValue<string>(UserClaim, out var userId))
        {
            return DirectLineTokenCheck.Invalid;
        }
        return _time.GetUtcNow().UtcDateTime < jwt.ValidTo
            ? DirectLineTokenCheck.Valid(conversationId, userId)
            : DirectLineTokenCheck.Expired;
    }
}
