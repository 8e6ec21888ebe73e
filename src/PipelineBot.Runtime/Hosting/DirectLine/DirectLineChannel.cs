using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Hosting.DirectLine;

/// <summary>
/// Direct Line 3.0 served by the host itself, for Web Chat and DirectLineJS: tokens, conversations opened with a token
/// or the site's secret, activities posted through the bot's adapter and fetched by watermark or streamed over a
/// WebSocket. Refusals use the status codes the clients act on: 401 for a missing or forged credential, 403 for an
/// expired token or another conversation's, 404 for a conversation that is not open.
/// </summary>
internal sealed partial class DirectLineChannel
{
    // Start and token parameters are a user and a locale; anything longer is not a client of ours.
    private const int MaxParameterBytes = 4 * 1024;
    private const int MaxUserIdLength = 256;

    private readonly DirectLineTokens _tokens;
    private readonly DirectLineConversations _conversations;
    private readonly CloudAdapter _adapter;
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;
    private readonly byte[]? _secretHash;
    private readonly int _maxActivityBytes;

    public DirectLineChannel(
        DirectLineTokens tokens,
        DirectLineConversations conversations,
        BotAdapter adapter,
        IOptions<DirectLineOptions> options,
        IOptions<BotOptions> botOptions,
        TimeProvider timeProvider)
    {
        _tokens = tokens;
        _conversations = conversations;
        // The registered adapter is the CloudAdapter with the standard middleware, as the messaging endpoint uses it.
        _adapter = (CloudAdapter)adapter;
        _time = timeProvider;
        _options = options.Value;
        _secretHash = string.IsNullOrEmpty(options.Value.Secret) ? null : Hash(options.Value.Secret);
        _maxActivityBytes = botOptions.Value.MaxActivityBytes;
    }

    /// <summary><c>POST tokens/generate</c>: the secret's holder gets a token for a new conversation, for the user they name or a new one.</summary>
    public async Task<IResult> GenerateTokenAsync(HttpContext http)
    {
        var (caller, refusal) = await AuthenticateAsync(http.Request);
        if (caller is null)
        {
            return refusal!;
        }
        if (!caller.HoldsSecret)
        {
            return DirectLineErrors.Forbidden("Only the secret generates tokens; refresh this token instead.");
        }
        var (parameters, problem, status) = await ReadStartParametersAsync(http);
        return parameters is null ? DirectLineErrors.BadBody(status, problem) : Json(_tokens.Generate(parameters.User?.Id));
    }

    /// <summary><c>POST tokens/refresh</c>: a current token is exchanged for a new one, same conversation and user; an expired one is refused.</summary>
    public async Task<IResult> RefreshTokenAsync(HttpContext http)
    {
        var (caller, refusal) = await AuthenticateAsync(http.Request);
        if (caller is null)
        {
            return refusal!;
        }
        if (caller.HoldsSecret)
        {
            return DirectLineErrors.Forbidden("The secret does not expire; only tokens are refreshed.");
        }
        // A client refreshing its token is still there, so its conversation stays open.
        _conversations.Find(caller.ConversationId);
        return Json(_tokens.Issue(caller.ConversationId!, caller.UserId!));
    }

    private async Task<(DirectLineCaller? Caller, IResult? Refusal)> AuthenticateAsync(HttpRequest request)
    {
        if (!TryReadBearer(request, out var credential))
        {
            return (null, DirectLineErrors.Unauthorized("Send 'Authorization: Bearer' with the secret or a token."));
        }
        if (_secretHash is not null && CryptographicOperations.FixedTimeEquals(Hash(credential), _secretHash))
        {
            return (DirectLineCaller.SecretHolder, null);
        }
        var check = await _tokens.CheckConversationTokenAsync(credential);
        return check.Status switch
        {
            DirectLineTokenStatus.Valid => (new DirectLineCaller(check.ConversationId, check.UserId), null),
            DirectLineTokenStatus.Expired => (null, DirectLineErrors.TokenExpired()),
            _ => (null, DirectLineErrors.Unauthorized("The token is not one this channel issued.")),
        };
    }

    /// <summary>The caller, if they may use the conversation, and the conversation, if it is open.</summary>
    private async Task<(DirectLineCaller? Caller, DirectLineConversation? Conversation, IResult? Refusal)> AuthorizeAsync(HttpRequest request, string conversationId)
    {
        var (caller, refusal) = await AuthenticateAsync(request);
        if (caller is null)
        {
            return (null, null, refusal);
        }
        if (!caller.MayUse(conversationId))
        {
            return (null, null, DirectLineErrors.Forbidden("The token is for another conversation."));
        }
        return _conversations.Find(conversationId) is { } conversation
            ? (caller, conversation, null)
            : (null, null, DirectLineErrors.ConversationNotFound());
    }

    private static async Task<(DirectLineStartParameters? Parameters, string? Problem, int Status)> ReadStartParametersAsync(HttpContext http)
    {
        var (parameters, problem, status) = await InboundJsonReader.ReadParametersAsync(http.Request, MaxParameterBytes, new DirectLineStartParameters(), http.RequestAborted);
        if (parameters?.User?.Id is { Length: > MaxUserIdLength })
        {
            return (null, $"The user id is longer than {MaxUserIdLength} characters.", StatusCodes.Status400BadRequest);
        }
        return (parameters, problem, status);
    }

    private static bool TryReadBearer(HttpRequest request, out string credential)
    {
        const string Scheme = "Bearer ";
        var header = request.Headers.Authorization.ToString();
        credential = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : string.Empty;
        return credential.Length > 0;
    }

    /// <summary>A watermark from a query string: absent means <paramref name="whenAbsent"/>; anything but a whole number is refused.</summary>
    private static bool TryParseWatermark(string? value, long whenAbsent, out long watermark)
    {
        if (string.IsNullOrEmpty(value))
        {
            watermark = whenAbsent;
            return true;
        }
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out watermark);
    }

    // Hashing first makes the comparison constant-time whatever the lengths.
    private static byte[] Hash(string credential) => SHA256.HashData(Encoding.UTF8.GetBytes(credential));

    private static IResult Json<T>(T body, int status = StatusCodes.Status200OK) => Results.Json(body, BotJson.Options, statusCode: status);

    private static IBot Bot(HttpContext http) => http.RequestServices.GetRequiredService<IBot>();

    // A new account for every activity: the turn may change the one it is given.
    private ChannelAccount BotAccount() => new(_options.BotId, _options.BotName) { Role = "bot" };
}
