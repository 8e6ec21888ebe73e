using System.Globalization;
using LiteDB;

namespace PipelineBot.Storage.Tests;

public sealed class LiteDbContextTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Constructor_MissingFolder_CreatesItAndTheDatabase()
    {
        _database.Open();

        Assert.True(File.Exists(_database.DatabasePath));
    }

    [Fact]
    public void Constructor_Always_ReadsDatesAsUtcAndComparesOrdinally()
    {
        _database.Open();
        var database = _database.Context.Database;

        Assert.True(database.UtcDate);
        Assert.Equal(CompareOptions.Ordinal, database.Collation.SortOptions);
    }

    [Fact]
    public void Mapper_Strings_AreStoredVerbatim()
    {
        _database.Open();
        var mapper = _database.Context.Mapper;

        Assert.Same(mapper, _database.Context.Database.Mapper);
        Assert.Equal(new BsonValue("  padded  "), mapper.Serialize("  padded  "));
        Assert.Equal(new BsonValue(string.Empty), mapper.Serialize(string.Empty));
    }
}
