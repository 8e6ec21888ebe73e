namespace PipelineBot.Host.Reps.Commands;

/// <summary>
/// Parses the rep-command phrases when the host starts, so a broken phrase stops start-up with its message instead of
/// failing the first rep who writes to the bot.
/// </summary>
internal sealed class RepCommandsStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<RepCommandRecognizer>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
