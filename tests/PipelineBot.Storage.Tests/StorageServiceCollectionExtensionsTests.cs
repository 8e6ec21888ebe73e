using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PipelineBot.Runtime.State;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;
using PipelineBot.Sales.Meetings.Notices;
using PipelineBot.Storage.Deals;
using PipelineBot.Storage.Leads;
using PipelineBot.Storage.Meetings;
using PipelineBot.Storage.State;

namespace PipelineBot.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AddLiteDbStorage_Configured_ResolvesSingletonsAndShutsDownCleanly()
    {
        var provider = BuildProvider(_database.DatabasePath, "00:00:00");

        var storage = provider.GetRequiredService<IStorage>();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("v", null) });

        Assert.IsType<LiteDbStorage>(storage);
        Assert.Same(storage, provider.GetRequiredService<IStorage>());
        Assert.Same(provider.GetRequiredService<LiteDbContext>(), provider.GetRequiredService<LiteDbContext>());
        Assert.IsType<LiteDbLeadRepository>(provider.GetRequiredService<ILeadRepository>());
        Assert.IsType<LiteDbDealRepository>(provider.GetRequiredService<IDealRepository>());
        Assert.IsType<LiteDbMeetingRepository>(provider.GetRequiredService<IMeetingRepository>());
        Assert.IsType<LiteDbMeetingNoticeLog>(provider.GetRequiredService<IMeetingNoticeLog>());
        await provider.DisposeAsync();
        // The storage drained and checkpointed before the database closed, which then removed the empty log.
        Assert.False(File.Exists(_database.LogPath));
    }

    [Theory]
    [InlineData("", "00:00:30")]
    [InlineData("data/state.db", "-00:00:01")]
    public async Task AddLiteDbStorage_InvalidOptions_FailStartupValidation(string path, string checkpointInterval)
    {
        await using var provider = BuildProvider(path, checkpointInterval);

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    private static ServiceProvider BuildProvider(string path, string checkpointInterval)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{LiteDbStorageOptions.SectionName}:{nameof(LiteDbStorageOptions.DatabasePath)}"] = path,
                [$"{LiteDbStorageOptions.SectionName}:{nameof(LiteDbStorageOptions.CheckpointInterval)}"] = checkpointInterval,
            })
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddLiteDbStorage()
            .BuildServiceProvider();
    }
}
