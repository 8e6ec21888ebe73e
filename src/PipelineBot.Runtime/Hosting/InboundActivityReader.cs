using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Hosting;

/// <summary>Reads an activity from a request body within a size limit and says precisely what is wrong with a bad one.</summary>
internal static class InboundActivityReader
{
    public static async Task<(Activity? Activity, string? Problem, int Status)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, $"The activity is larger than the {maxBytes} bytes this endpoint accepts.", StatusCodes.Status413PayloadTooLarge);
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
                        return (null, $"The activity is larger than the {maxBytes} bytes this endpoint accepts.", StatusCodes.Status413PayloadTooLarge);
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
            if (length > maxBytes)
            {
                return (null, $"The activity is larger than the {maxBytes} bytes this endpoint accepts.", StatusCodes.Status413PayloadTooLarge);
            }
            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (Activity?, string?, int) Parse(ReadOnlySpan<byte> body)
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
        var problem = ActivityValidator.FindProblem(activity);
        return problem is null ? (activity, null, StatusCodes.Status200OK) : (null, problem, StatusCodes.Status400BadRequest);
    }
}
