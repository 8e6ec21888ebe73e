using PipelineBot.Runtime.State;

namespace PipelineBot.Storage.Tests.State;

/// <summary>The reference implementation passes the same contract as the LiteDB one.</summary>
public sealed class MemoryStorageTests : StorageContractTests
{
    protected override IStorage Storage { get; } = new MemoryStorage();
}
