using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Hosting;

/// <summary>Reads an activity, or a request's parameters, from a JSON body within a size limit and says precisely what is wrong with a bad one.</summary>
internal static class InboundJsonReader
{
    /// <summary>Reads an activity and checks it with <paramref name="findProblem"/>, which names what the endpoint cannot do without.</summary>
    public static Task<(Activity? Activity, string? Problem, int Status)> ReadActivityAsync(
        HttpRequest request, int maxBytes, Func<Activity, string?> findProblem, CancellationToken cancellationToken) =>
        ReadAsync(request, maxBytes, body => ParseActivity(body, findProblem), cancellationToken);

    /// <summary>Reads a request's optional parameters: an empty body means <paramref name="whenEmpty"/>.</summary>
    public static Task<(T? Parameters, string? Problem, int Status)> ReadParametersAsync<T>(
        HttpRequest request, int maxBytes, T whenEmpty, CancellationToken cancellationToken) where T : class =>
        ReadAsync(request, maxBytes, body => body.IsEmpty ? (whenEmpty, null, StatusCodes.Status200OK) : ParseParameters<T>(body), cancellationToken);

    private static async Task<(T?, string?, int)> ReadAsync<T>(
        HttpRequest request, int maxBytes, Func<ReadOnlySpan<byte>, (T?, string?, int)> parse, CancellationToken cancellationToken) where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return TooLarge<T>(maxBytes);
        }
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, (int?)request.ContentLength + 1 ?? 16 * 1024));
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                    {
                        return TooLarge<T>(maxBytes);
                    }
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }
                length += read;
            }
            return length > maxBytes ? TooLarge<T>(maxBytes) : parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (T?, string?, int) TooLarge<T>(int maxBytes) where T : class =>
        (null, $"The body is larger than the {maxBytes} bytes this endpoint accepts.", StatusCodes.Status413PayloadTooLarge);

    private static (Activity?, string?, int) ParseActivity(ReadOnlySpan<byte> body, Func<Activity, string?> findProblem)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException ex)
        {
            return (null, $"The body is not a valid activity: {ex.Message}", StatusCodes.Status400BadRequest);
        }
        if (activity is null)
        {
            return (null, "The body is empty or null; an activity object was expected.", StatusCodes.Status400BadRequest);
        }
        var problem = findProblem(activity);
        return problem is null ? (activity, null, StatusCodes.Status200OK) : (null, problem, StatusCodes.Status400BadRequest);
    }

    private static (T?, string?, int) ParseParameters<T>(ReadOnlySpan<byte> body) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, BotJson.Options) is { } parameters
                ? (parameters, null, StatusCodes.Status200OK)
                : (null, "The body is null; a JSON object was expected.", StatusCodes.Status400BadRequest);
        }
        catch (JsonException ex)
        {
            return (null, $"The body is not valid JSON for this request: {ex.Message}", StatusCodes.Status400BadRequest);
        }
    }
}
