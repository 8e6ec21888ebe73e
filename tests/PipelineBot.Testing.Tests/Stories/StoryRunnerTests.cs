using PipelineBot.Testing.Stories;
using PipelineBot.Testing.Tests.TestBot;

namespace PipelineBot.Testing.Tests.Stories;

public class StoryRunnerTests
{
    private static readonly string StoriesFolder = Path.Combine(AppContext.BaseDirectory, "Stories");
    private readonly BotHarness _harness = new();

    public static TheoryData<string> PassingFiles() =>
        [.. StoryRunner.FindFiles(Path.Combine(StoriesFolder, "Passing")).Select(f => Path.GetRelativePath(StoriesFolder, f))];

    [Theory]
    [MemberData(nameof(PassingFiles))]
    public async Task RunFileAsync_PassingFile_Completes(string file)
    {
        await StoryRunner.RunFileAsync(Path.Combine(StoriesFolder, file), _harness.StoryChannel());
    }

    [Fact]
    public void FindFiles_StoriesFolder_FindsStoriesAndTranscriptsOnly()
    {
        var names = StoryRunner.FindFiles(Path.Combine(StoriesFolder, "Passing")).Select(Path.GetFileName);

        Assert.Equal(["new-visitor.story.yaml", "new-visitor.transcript", "returning-visitor.story.yaml", "web-chat-join.transcript"], names);
    }

    [Fact]
    public async Task RunFileAsync_WrongExpectedText_ThrowsNamingFileStepAndReplies()
    {
        var path = Path.Combine(StoriesFolder, "Failing", "wrong-greeting.story.yaml");

        var failure = await Assert.ThrowsAsync<StoryAssertionException>(() => StoryRunner.RunFileAsync(path, _harness.StoryChannel()));

        Assert.Equal((path, "step 2 (line 4, bot)"), (failure.File, failure.Step));
        Assert.Equal(
            $"""
            Story "a new visitor is greeted" ({path}) failed at step 2 (line 4, bot).
              expected: a reply saying "Hello there!"
              actual:   reply 1 was "Hi! What's your name?"
              bot replies to (conversationUpdate):
                1. "Hi! What's your name?"
            """.ReplaceLineEndings(), failure.Message);
    }

    [Fact]
    public async Task RunFileAsync_StoredStateDiffers_ThrowsShowingDifferenceAndDocument()
    {
        var path = Path.Combine(StoriesFolder, "Failing", "wrong-company.story.yaml");

        var failure = await Assert.ThrowsAsync<StoryAssertionException>(() => StoryRunner.RunFileAsync(path, _harness.StoryChannel()));

        Assert.Equal("state 1 (line 10)", failure.Step);
        Assert.Contains("actual:   VisitorProfile.company: expected \"Initech\", found \"Acme\"", failure.Message, StringComparison.Ordinal);
        Assert.Contains("\"visits\": 1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunFileAsync_TranscriptReplyDiffers_ThrowsNamingActivityAndReplies()
    {
        var path = Path.Combine(StoriesFolder, "Failing", "wrong-reply.transcript");

        var failure = await Assert.ThrowsAsync<StoryAssertionException>(() => StoryRunner.RunFileAsync(path, _harness.StoryChannel()));

        Assert.Equal(
            $"""
            Transcript {path} failed at activity 4.
              expected: a reply saying "Which company do you work for, Ada?"
              actual:   reply 1 was "Which company are you with, Ada?"
              bot replies to "Ada":
                1. "Which company are you with, Ada?"
            """.ReplaceLineEndings(), failure.Message);
    }

    [Fact]
    public async Task RunStoryAsync_ReplyLeftUnmatched_FailsAtNextTurnListingIt()
    {
        var story = Story.Parse("""
            story: forgets the question
            steps:
              - joins: true
              - user: Ada
            """, "inline");

        var failure = await Assert.ThrowsAsync<StoryAssertionException>(() => StoryRunner.RunStoryAsync(story, _harness.StoryChannel()));

        Assert.StartsWith(
            """
            Story "forgets the question" (inline) failed at step 2 (line 4, user).
              expected: every reply to the previous turn to be matched by a bot step (add bot steps, "bot: { any: true }" or "skip-replies: true")
              actual:   1 more reply was left, starting with reply 1
            """.ReplaceLineEndings(), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunStoryAsync_ReplyLeftAtEnd_Fails()
    {
        var story = Story.Parse("story: stops early\nsteps:\n  - joins: true\n");

        var failure = await Assert.ThrowsAsync<StoryAssertionException>(() => StoryRunner.RunStoryAsync(story, _harness.StoryChannel()));

        Assert.Equal("the end of the story", failure.Step);
    }

    [Fact]
    public async Task RunStoryAsync_NoReplyButBotSpoke_FailsShowingReply()
    {
        var story = Story.Parse("story: expects silence\nsteps:\n  - joins: true\n  - no-reply: true\n");

        var failure = await Assert.ThrowsAsync<StoryAssertionException>(() => StoryRunner.RunStoryAsync(story, _harness.StoryChannel()));

        Assert.Contains("actual:   reply 1 was \"Hi! What's your name?\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunStoryAsync_MoreBotStepsThanReplies_SaysTheBotSaidNothingMore()
    {
        var story = Story.Parse("story: expects more\nsteps:\n  - joins: true\n  - bot: { any: true }\n  - bot: { offers: [Yes] }\n");

        var failure = await Assert.ThrowsAsync<StoryAssertionException>(() => StoryRunner.RunStoryAsync(story, _harness.StoryChannel()));

        Assert.Contains("expected: a reply offering Yes", failure.Message, StringComparison.Ordinal);
        Assert.Contains("actual:   the bot sent no further reply this turn", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunStoryAsync_StateCheckWithoutStorage_Fails()
    {
        var story = Story.Parse("story: s\nsteps:\n  - joins: true\n  - skip-replies: true\nstate:\n  - key: k\n    contains: { a: 1 }\n");
        var channel = new TestAdapterStoryChannel(_harness.Adapter, _harness.Bot);

        var failure = await Assert.ThrowsAsync<StoryAssertionException>(() => StoryRunner.RunStoryAsync(story, channel));

        Assert.Contains("this channel gives no access to the bot's storage", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunStoryAsync_NamedUser_SharesUserStateAcrossStories()
    {
        var first = Story.Parse("story: first\nuser: ada-1\nsteps:\n  - joins: true\n  - skip-replies: true\n  - user: Ada\n  - skip-replies: true\n  - user: Acme\n  - skip-replies: true\n");
        var second = Story.Parse("story: second\nuser: ada-1\nsteps:\n  - joins: true\n  - bot: Welcome back, Ada!\n");

        await StoryRunner.RunStoryAsync(first, _harness.StoryChannel());
        await StoryRunner.RunStoryAsync(second, _harness.StoryChannel());

        var stored = await _harness.Storage.ReadAsync(["test/users/ada-1"]);
        Assert.Contains("\"visits\":2", stored["test/users/ada-1"].Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunFileAsync_UnknownExtension_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => StoryRunner.RunFileAsync("notes.txt", _harness.StoryChannel()));
    }
}
