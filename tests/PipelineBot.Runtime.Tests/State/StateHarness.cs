using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.State;
using PipelineBot.Testing;

namespace PipelineBot.Runtime.Tests.State;

/// <summary>
/// Shared wiring of the state tests: conversation and user state over one counting storage, saved by
/// <see cref="AutoSaveStateMiddleware"/> on a test adapter (user1 in convo1 on the "test" channel).
/// </summary>
internal sealed class StateHarness
{
    public const string ConversationKey = "test/conversations/convo1";
    public const string UserKey = "test/users/user1";

    public StateHarness()
    {
        ConversationState = new ConversationState(Storage);
        UserState = new UserState(Storage);
        Adapter.Use(new AutoSaveStateMiddleware(ConversationState, UserState));
    }

    public CountingStorage Storage { get; } = new();

    public TestAdapter Adapter { get; } = new();

    public ConversationState ConversationState { get; }

    public UserState UserState { get; }

    /// <summary>Runs one turn in which the user says <paramref name="text"/> and <paramref name="bot"/> handles it.</summary>
    public Task TurnAsync(Func<ITurnContext, Task> bot, string text = "hi") =>
        Adapter.SendTextToBotAsync(text, (context, _) => bot(context));

    /// <summary>A turn context that no middleware runs around, for driving a state by hand.</summary>
    public TurnContext CreateContext() => new(Adapter, Adapter.MakeActivity("hi"));
}

/// <summary>A user profile as a bot would keep it.</summary>
internal sealed class Profile
{
    public string? Name { get; set; }

    public List<string> Deals { get; set; } = [];
}
