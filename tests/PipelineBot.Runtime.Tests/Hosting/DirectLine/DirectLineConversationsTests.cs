using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Runtime.Hosting.DirectLine;

namespace PipelineBot.Runtime.Tests.Hosting.DirectLine;

public sealed class DirectLineConversationsTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Open_AnOpenConversation_FindsItInsteadOfOpeningAnother()
    {
        var conversations = Create();
        var (opened, isNew) = conversations.Open("c1", "dl_user", "en-US");

        var (again, isNewAgain) = conversations.Open("c1", "dl_other", "cs-CZ");

        Assert.True(isNew);
        Assert.False(isNewAgain);
        Assert.Same(opened, again);
        Assert.Equal("dl_user", again.UserId);
    }

    [Fact]
    public void Find_AfterTheIdleTimeout_ForgetsTheConversationAndEndsIt()
    {
        var conversations = Create();
        var (conversation, _) = conversations.Open("c1", "dl_user", null);

        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(conversations.Find("c1"));
        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(conversations.Find("c1"));
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Null(conversations.Find("c1"));
        Assert.True(conversation.HasEnded);
    }

    [Fact]
    public void Open_BeyondMaxConversations_ForgetsTheLeastRecentlyUsed()
    {
        var conversations = Create(maxConversations: 2);
        conversations.Open("c1", "dl_1", null);
        _clock.Advance(TimeSpan.FromSeconds(1));
        conversations.Open("c2", "dl_2", null);
        _clock.Advance(TimeSpan.FromSeconds(1));
        conversations.Find("c1");

        conversations.Open("c3", "dl_3", null);

        Assert.NotNull(conversations.Find("c1"));
        Assert.Null(conversations.Find("c2"));
        Assert.NotNull(conversations.Find("c3"));
    }

    private DirectLineConversations Create(int maxConversations = 100) =>
        new(Options.Create(new DirectLineOptions { MaxConversations = maxConversations }), _clock);
}
