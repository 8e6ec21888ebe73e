using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.State;

namespace PipelineBot.Runtime.Tests.State;

public class BotStateTests
{
    private readonly StateHarness _harness = new();

    [Fact]
    public async Task Accessor_SetThenGetInLaterTurn_ReturnsSavedValue()
    {
        var name = _harness.UserState.CreateProperty<string>("name");

        await _harness.TurnAsync(context => name.SetAsync(context, "Anna"));
        string? read = null;
        await _harness.TurnAsync(async context => read = await name.GetAsync(context));

        Assert.Equal("Anna", read);
    }

    [Fact]
    public async Task Accessor_Delete_RemovesValueForLaterTurns()
    {
        var name = _harness.UserState.CreateProperty<string>("name");
        await _harness.TurnAsync(context => name.SetAsync(context, "Anna"));

        await _harness.TurnAsync(context => name.DeleteAsync(context));
        string? read = "not read";
        await _harness.TurnAsync(async context => read = await name.GetAsync(context));

        Assert.Null(read);
    }

    [Fact]
    public async Task Accessor_MissingWithDefaultFactory_ReturnsAndStoresTheDefault()
    {
        var count = _harness.ConversationState.CreateProperty<int>("count");

        int first = 0, second = 0;
        await _harness.TurnAsync(async context => first = await count.GetAsync(context, () => 5));
        await _harness.TurnAsync(async context => second = await count.GetAsync(context, () => 99));

        Assert.Equal(5, first);
        Assert.Equal(5, second);
    }

    [Fact]
    public async Task Accessor_MissingWithoutFactory_ReturnsDefaultAndWritesNothing()
    {
        var profile = _harness.UserState.CreateProperty<Profile>("profile");

        Profile? read = new();
        await _harness.TurnAsync(async context => read = await profile.GetAsync(context));

        Assert.Null(read);
        Assert.Empty(_harness.Storage.Writes);
    }

    [Fact]
    public async Task SaveChanges_PropertyMutatedInPlace_IsSaved()
    {
        var profile = _harness.UserState.CreateProperty<Profile>("profile");
        await _harness.TurnAsync(async context => (await profile.GetAsync(context, () => new Profile()))!.Name = "Anna");

        await _harness.TurnAsync(async context => (await profile.GetAsync(context))!.Deals.Add("Acme renewal"));
        Profile? read = null;
        await _harness.TurnAsync(async context => read = await profile.GetAsync(context));

        Assert.Equal("Anna", read!.Name);
        Assert.Equal(["Acme renewal"], read.Deals);
    }

    [Fact]
    public async Task SaveChanges_ValuesReadButNotChanged_WritesNothing()
    {
        var profile = _harness.UserState.CreateProperty<Profile>("profile");
        var count = _harness.ConversationState.CreateProperty<int>("count");
        await _harness.TurnAsync(async context =>
        {
            await profile.SetAsync(context, new Profile { Name = "Anna", Deals = ["Acme"] });
            await count.SetAsync(context, 3);
        });
        var writesAfterFirstTurn = _harness.Storage.Writes.Count;

        await _harness.TurnAsync(async context =>
        {
            _ = await profile.GetAsync(context);
            _ = await count.GetAsync(context);
        });

        Assert.Equal(1, writesAfterFirstTurn);
        Assert.Single(_harness.Storage.Writes);
    }

    [Fact]
    public async Task SaveChanges_Forced_WritesEvenWithoutChanges()
    {
        var context = _harness.CreateContext();
        await _harness.ConversationState.LoadAsync(context);

        await _harness.ConversationState.SaveChangesAsync(context, force: true);

        Assert.Single(_harness.Storage.Writes);
    }

    [Fact]
    public async Task SaveChanges_ItemChangedByAnotherWriterSinceLoad_ThrowsConcurrencyException()
    {
        var count = _harness.ConversationState.CreateProperty<int>("count");
        await _harness.TurnAsync(context => count.SetAsync(context, 1));
        var context = _harness.CreateContext();
        await count.SetAsync(context, 2);

        await _harness.Storage.Inner.WriteAsync(new Dictionary<string, StoreItem> { [StateHarness.ConversationKey] = new("""{"count":100}""", StoreItem.AnyETag) });
        var save = _harness.ConversationState.SaveChangesAsync(context);

        var conflict = await Assert.ThrowsAsync<StorageConcurrencyException>(() => save);
        Assert.Equal(StateHarness.ConversationKey, conflict.Key);
        Assert.Equal("""{"count":100}""", await _harness.Storage.JsonOfAsync(StateHarness.ConversationKey));
    }

    [Fact]
    public async Task SaveChanges_TwoSavesInOneTurn_SecondUsesTheNewETag()
    {
        var count = _harness.ConversationState.CreateProperty<int>("count");
        var context = _harness.CreateContext();

        await count.SetAsync(context, 1);
        await _harness.ConversationState.SaveChangesAsync(context);
        await count.SetAsync(context, 2);
        await _harness.ConversationState.SaveChangesAsync(context);

        Assert.Equal("""{"count":2}""", await _harness.Storage.JsonOfAsync(StateHarness.ConversationKey));
    }

    [Fact]
    public async Task ClearState_ThenSave_WritesAnEmptyDocument()
    {
        var count = _harness.ConversationState.CreateProperty<int>("count");
        await _harness.TurnAsync(context => count.SetAsync(context, 7));

        await _harness.TurnAsync(async context =>
        {
            _ = await count.GetAsync(context);
            _harness.ConversationState.ClearState(context);
        });

        Assert.Equal("{}", await _harness.Storage.JsonOfAsync(StateHarness.ConversationKey));
    }

    [Fact]
    public async Task ClearState_BeforeAnythingWasRead_StillClearsTheStoredState()
    {
        var count = _harness.ConversationState.CreateProperty<int>("count");
        await _harness.TurnAsync(context => count.SetAsync(context, 7));

        await _harness.TurnAsync(context =>
        {
            _harness.ConversationState.ClearState(context);
            return Task.CompletedTask;
        });
        var read = -1;
        await _harness.TurnAsync(async context => read = await count.GetAsync(context));

        Assert.Equal(0, read);
        Assert.Equal("{}", await _harness.Storage.JsonOfAsync(StateHarness.ConversationKey));
    }

    [Fact]
    public async Task DeleteAsync_State_RemovesItFromStorage()
    {
        var count = _harness.ConversationState.CreateProperty<int>("count");
        await _harness.TurnAsync(context => count.SetAsync(context, 7));

        await _harness.ConversationState.DeleteAsync(_harness.CreateContext());

        Assert.Null(await _harness.Storage.JsonOfAsync(StateHarness.ConversationKey));
    }

    [Fact]
    public void GetStorageKey_EachStateKind_IsScopedAsTheProtocolSays()
    {
        var context = _harness.CreateContext();
        var storage = new MemoryStorage();

        Assert.Equal("test/conversations/convo1", new ConversationState(storage).GetStorageKey(context));
        Assert.Equal("test/users/user1", new UserState(storage).GetStorageKey(context));
        Assert.Equal("test/conversations/convo1/users/user1", new PrivateConversationState(storage).GetStorageKey(context));
    }

    [Fact]
    public async Task LoadAsync_ActivityWithoutConversation_ThrowsNamingTheMissingField()
    {
        var activity = _harness.Adapter.MakeActivity("hi");
        activity.Conversation = null;
        var context = new TurnContext(_harness.Adapter, activity);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.ConversationState.LoadAsync(context));

        Assert.Contains("conversation.id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accessor_PrivateConversationState_IsSeparatePerUser()
    {
        var privateState = new PrivateConversationState(_harness.Storage);
        var note = privateState.CreateProperty<string>("note");
        _harness.Adapter.Use(new AutoSaveStateMiddleware(privateState));
        await _harness.TurnAsync(context => note.SetAsync(context, "user1's note"));

        var otherUser = _harness.Adapter.MakeActivity("hi");
        otherUser.From = new("user2");
        string? seenByOther = "not read";
        await _harness.Adapter.ProcessActivityAsync(otherUser, async (context, ct) => seenByOther = await note.GetAsync(context, cancellationToken: ct));

        Assert.Null(seenByOther);
        Assert.Equal("""{"note":"user1's note"}""", await _harness.Storage.JsonOfAsync("test/conversations/convo1/users/user1"));
    }
}
