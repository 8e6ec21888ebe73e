namespace PipelineBot.Host.Content.Qualification;

/// <summary>
/// Loads the script when the host starts, so a broken file stops start-up with its message instead of failing the
/// first visitor who reaches qualification.
/// </summary>
internal sealed class QualificationScriptStartupCheck(IServiceProvider services, ILogger<QualificationScriptStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var definition = services.GetRequiredService<QualificationDefinition>();
        logger.LogInformation(
            "Loaded {Count} qualification questions in {Locales} from {File}",
            definition.Script.Questions.Count, string.Join(", ", definition.Content.Locales), definition.FilePath);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
