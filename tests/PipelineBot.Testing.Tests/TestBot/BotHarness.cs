using PipelineBot.Runtime.State;
using PipelineBot.Testing.Stories;

namespace PipelineBot.Testing.Tests.TestBot;

/// <summary>The shared wiring: <see cref="ProfileBot"/> over MemoryStorage on a <see cref="TestAdapter"/> that saves state after each turn.</summary>
public sealed class BotHarness
{
    public BotHarness(TestAdapter? adapter = null)
    {
        var conversationState = new ConversationState(Storage);
        UserState = new UserState(Storage);
        Dialog = new ProfileDialog(UserState);
        Bot = new ProfileBot(conversationState, UserState, Dialog);
        Adapter = (adapter ?? new TestAdapter()).Use(new AutoSaveStateMiddleware(conversationState, UserState));
    }

    public MemoryStorage Storage { get; } = new();

    public UserState UserState { get; }

    public ProfileDialog Dialog { get; }

    public ProfileBot Bot { get; }

    public TestAdapter Adapter { get; }

    public TestFlow Flow() => new(Adapter, Bot);

    public TestAdapterStoryChannel StoryChannel() => new(Adapter, Bot, Storage);
}
