using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Testing.Stories;

namespace PipelineBot.Host.Tests.Stories;

/// <summary>Replays every conversation file in this folder through the real HTTP endpoint and a real LiteDB file.</summary>
public sealed class StoryFileTests
{
    public static TheoryData<string> Files => [.. StoryRunner.FindFiles(Path.Combine(AppContext.BaseDirectory, "Stories")).Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Replay_ThroughHttp_ConversationGoesAsWritten(string file)
    {
        await using var host = await BotTestHost.StartAsync();

        await StoryRunner.RunFileAsync(Path.Combine(AppContext.BaseDirectory, "Stories", file), new HttpStoryChannel(host), CancellationToken.None);
    }
}
