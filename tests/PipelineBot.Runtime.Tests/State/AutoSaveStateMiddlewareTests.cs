using PipelineBot.Runtime.State;

namespace PipelineBot.Runtime.Tests.State;

public class AutoSaveStateMiddlewareTests
{
    private readonly StateHarness _harness = new();

    [Fact]
    public async Task OnTurnAsync_ConversationAndUserStateChanged_SavesBothInOneWrite()
    {
        var step = _harness.ConversationState.CreateProperty<string>("step");
        var name = _harness.UserState.CreateProperty<string>("name");

        await _harness.TurnAsync(async context =>
        {
            await step.SetAsync(context, "ask-budget");
            await name.SetAsync(context, "Anna");
        });

        var write = Assert.Single(_harness.Storage.Writes);
        Assert.Equal([StateHarness.ConversationKey, StateHarness.UserKey], write.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("""{"step":"ask-budget"}""", await _harness.Storage.JsonOfAsync(StateHarness.ConversationKey));
        Assert.Equal("""{"name":"Anna"}""", await _harness.Storage.JsonOfAsync(StateHarness.UserKey));
    }

    [Fact]
    public async Task OnTurnAsync_OnlyUserStateChanged_WritesOnlyUserState()
    {
        var name = _harness.UserState.CreateProperty<string>("name");
        var step = _harness.ConversationState.CreateProperty<string>("step");

        await _harness.TurnAsync(async context =>
        {
            _ = await step.GetAsync(context);
            await name.SetAsync(context, "Anna");
        });

        Assert.Equal([StateHarness.UserKey], Assert.Single(_harness.Storage.Writes).Keys);
    }

    [Fact]
    public async Task OnTurnAsync_TurnThrows_SavesNothing()
    {
        var step = _harness.ConversationState.CreateProperty<string>("step");
        var name = _harness.UserState.CreateProperty<string>("name");

        var turn = _harness.TurnAsync(async context =>
        {
            await step.SetAsync(context, "ask-budget");
            await name.SetAsync(context, "Anna");
            throw new InvalidOperationException("CRM is down");
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => turn);
        Assert.Empty(_harness.Storage.Writes);
    }

    [Fact]
    public async Task OnTurnAsync_NothingTouched_WritesNothing()
    {
        await _harness.TurnAsync(context => Task.CompletedTask);

        Assert.Empty(_harness.Storage.Writes);
    }

    [Fact]
    public async Task SaveAllChangesAsync_OneStateConflicts_NeitherStateIsWritten()
    {
        var step = _harness.ConversationState.CreateProperty<string>("step");
        var name = _harness.UserState.CreateProperty<string>("name");
        await _harness.TurnAsync(context => step.SetAsync(context, "start"));
        var context = _harness.CreateContext();
        var set = new BotStateSet(_harness.ConversationState, _harness.UserState);
        await set.LoadAllAsync(context);
        await step.SetAsync(context, "ask-budget");
        await name.SetAsync(context, "Anna");
        await _harness.Storage.Inner.WriteAsync(new Dictionary<string, StoreItem> { [StateHarness.ConversationKey] = new("""{"step":"elsewhere"}""", StoreItem.AnyETag) });

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => set.SaveAllChangesAsync(context));

        Assert.Null(await _harness.Storage.JsonOfAsync(StateHarness.UserKey));
        Assert.Equal("""{"step":"elsewhere"}""", await _harness.Storage.JsonOfAsync(StateHarness.ConversationKey));
    }
}
