using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PipelineBot.Runtime.Schema;
using PipelineBot.Runtime.State;
using PipelineBot.Testing.Stories;

namespace PipelineBot.Host.Tests.Infrastructure;

/// <summary>Plays stories against the real messaging endpoint: each turn is a POST with <c>expectReplies</c>.</summary>
public sealed class HttpStoryChannel(BotTestHost host) : IStoryChannel
{
    private int _sequence;

    public IStorage? Storage => host.Factory.Services.GetRequiredService<IStorage>();

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.Id ??= $"story-{Interlocked.Increment(ref _sequence)}";
        activity.Timestamp ??= DateTimeOffset.UtcNow;
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var response = await host.Http.PostAsJsonAsync("/api/messages", activity, BotJson.Options, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options, cancellationToken);
        return body?.Activities ?? [];
    }
}
