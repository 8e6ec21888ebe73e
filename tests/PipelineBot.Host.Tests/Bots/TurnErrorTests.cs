using Microsoft.Extensions.DependencyInjection;
using PipelineBot.Host.Bots;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Builder;

namespace PipelineBot.Host.Tests.Bots;

public sealed class TurnErrorTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync(services: services =>
        services.AddTransient<IBot>(sp => new FailingAfterTurnBot(ActivatorUtilities.CreateInstance<SalesBot>(sp))));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TurnThrows_VisitorIsToldAndStateStaysAsBeforeTheTurn()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        await visitor.SayAsync("yes");

        var replies = await visitor.SayAsync("explode Ada");

        Assert.Equal("Sorry, something went wrong on my side and I couldn't finish handling your last message. Please send it again.", replies[^1]);
        Assert.Equal(["What's your work email?"], await visitor.SayAsync("Ada"));
    }

    /// <summary>Runs the real bot (which changes state), then fails the turn as a bug would.</summary>
    private sealed class FailingAfterTurnBot(IBot inner) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await inner.OnTurnAsync(turnContext, cancellationToken);
            if (turnContext.Activity.Text?.StartsWith("explode", StringComparison.Ordinal) == true)
            {
                throw new InvalidOperationException("Simulated failure after the dialog advanced.");
            }
        }
    }
}
