using Microsoft.AspNetCore.Http;

namespace PipelineBot.Runtime.Hosting.DirectLine;

/// <summary>Refusals in Direct Line's error shape, <c>{ "error": { "code", "message" } }</c>, with the status codes its clients act on.</summary>
internal static class DirectLineErrors
{
    public static IResult BadArgument(string? message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    /// <summary>The answer to an unreadable body: 400, or 413 when it was too large.</summary>
    public static IResult BadBody(int status, string? problem) =>
        status == StatusCodes.Status413PayloadTooLarge ? Error(status, "PayloadTooLarge", problem) : BadArgument(problem);

    public static IResult Unauthorized(string message) => Error(StatusCodes.Status401Unauthorized, "Unauthorized", message);

    /// <summary>403, which DirectLineJS takes as "get a new token".</summary>
    public static IResult TokenExpired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");

    public static IResult Forbidden(string message) => Error(StatusCodes.Status403Forbidden, "Forbidden", message);

    /// <summary>404, which DirectLineJS takes as "the conversation ended".</summary>
    public static IResult ConversationNotFound() => Error(StatusCodes.Status404NotFound, "NotFound", "The conversation is not open.");

    private static IResult Error(int status, string code, string? message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);
}
