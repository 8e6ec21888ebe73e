namespace PipelineBot.Runtime.Tests.Builder;

public class MiddlewareSetTests
{
    [Fact]
    public async Task ReceiveActivity_SeveralMiddleware_RunInOrderAroundTheBot()
    {
        var harness = new BuilderHarness().Use("first").Use("second");

        await harness.SendAsync("hello");

        Assert.Equal(["first before", "second before", "bot", "second after", "first after"], harness.Log);
        Assert.Equal("echo: hello", Assert.Single(harness.Replies()).Text);
    }

    [Fact]
    public async Task ReceiveActivity_MiddlewareDoesNotCallNext_BotAndLaterMiddlewareDoNotRun()
    {
        var harness = new BuilderHarness().Use("first").Use("gate", callNext: false).Use("third");

        await harness.SendAsync("hello");

        Assert.Equal(["first before", "gate before", "first after"], harness.Log);
        Assert.Equal("gate handled it", Assert.Single(harness.Replies()).Text);
    }

    [Fact]
    public async Task ReceiveActivity_NoMiddleware_RunsTheBot()
    {
        var harness = new BuilderHarness();

        await harness.SendAsync("hello");

        Assert.Equal(["bot"], harness.Log);
    }
}
