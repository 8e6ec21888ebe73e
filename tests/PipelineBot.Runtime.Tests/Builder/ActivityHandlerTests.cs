using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Builder;

public class ActivityHandlerTests
{
    private readonly BuilderHarness _harness = new();
    private readonly RecordingHandler _bot = new();

    [Theory]
    [InlineData(ActivityTypes.Message, "message")]
    [InlineData(ActivityTypes.Event, "event")]
    [InlineData(ActivityTypes.Typing, "typing")]
    [InlineData(ActivityTypes.EndOfConversation, "endOfConversation")]
    [InlineData(ActivityTypes.InstallationUpdate, "installationUpdate")]
    [InlineData(ActivityTypes.Invoke, "invoke")]
    [InlineData("someFutureType", "unrecognized")]
    [InlineData(ActivityTypes.MessageReaction, "unrecognized")]
    public async Task OnTurnAsync_ActivityType_DispatchesToItsHandler(string type, string expected)
    {
        await RunAsync(new Activity { Type = type });

        Assert.Equal([expected], _bot.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_UnknownType_IsIgnoredWithoutReply()
    {
        var plain = new ActivityHandler();
        var activity = _harness.Adapter.MakeActivity();
        activity.Type = "someFutureType";

        await _harness.Adapter.ProcessActivityAsync(activity, plain.OnTurnAsync);

        Assert.Empty(_harness.Replies());
    }

    [Fact]
    public async Task OnTurnAsync_ConversationUpdate_GreetsAddedMembersButNotTheBot()
    {
        var update = _harness.Adapter.CreateConversationUpdate();
        update.MembersAdded!.Add(new ChannelAccount("user2", "Boris"));

        await RunAsync(update);

        Assert.Equal(["membersAdded: user1, user2"], _bot.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_OnlyTheBotJoined_CallsNoMemberHandler()
    {
        var update = _harness.Adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [new ChannelAccount("bot", "Bot")];

        await RunAsync(update);

        Assert.Empty(_bot.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_MembersRemoved_ReportsThemWithoutTheBot()
    {
        var update = _harness.Adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersRemoved = [new ChannelAccount("user2"), new ChannelAccount("bot")];

        await RunAsync(update);

        Assert.Equal(["membersRemoved: user2"], _bot.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_InvokeNotHandled_Answers501()
    {
        var context = _harness.CreateContext(type: ActivityTypes.Invoke);

        await new ActivityHandler().OnTurnAsync(context);

        var response = context.TurnState.Get<Activity>(TurnContext.InvokeResponseKey)!.Value;
        Assert.Equal(501, Assert.IsType<InvokeResponse>(response).Status);
        Assert.Empty(_harness.Replies());
    }

    [Fact]
    public async Task OnTurnAsync_InvokeHandled_KeepsTheHandlersResponse()
    {
        var context = _harness.CreateContext(type: ActivityTypes.Invoke);

        await _bot.OnTurnAsync(context);

        var response = Assert.IsType<InvokeResponse>(context.TurnState.Get<Activity>(TurnContext.InvokeResponseKey)!.Value);
        Assert.Equal(200, response.Status);
    }

    private Task RunAsync(Activity activity)
    {
        activity.Id ??= "a-1";
        return _harness.Adapter.ProcessActivityAsync(activity, _bot.OnTurnAsync);
    }

    private sealed class RecordingHandler : ActivityHandler
    {
        public List<string> Calls { get; } = [];

        protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("message");

        protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record($"membersAdded: {string.Join(", ", membersAdded.Select(m => m.Id))}");

        protected override Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record($"membersRemoved: {string.Join(", ", membersRemoved.Select(m => m.Id))}");

        protected override Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("event");

        protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            await Record("invoke");
            return new InvokeResponse(200, new { status = "ok" });
        }

        protected override Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("typing");

        protected override Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("endOfConversation");

        protected override Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("installationUpdate");

        protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("unrecognized");

        private Task Record(string call)
        {
            Calls.Add(call);
            return Task.CompletedTask;
        }
    }
}
