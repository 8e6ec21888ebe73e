using System.Text.Json.Nodes;
using PipelineBot.Testing.Stories;

namespace PipelineBot.Testing.Tests.Stories;

public class JsonSubsetTests
{
    private const string Stored = """{ "profile": { "name": "Ada", "visits": 2.0, "vip": true, "tags": ["lead", "emea"] }, "other": 1 }""";

    [Theory]
    [InlineData("""{ "profile": { "name": "Ada" } }""")]
    [InlineData("""{ "profile": { "visits": 2, "vip": true } }""")]
    [InlineData("""{ "profile": { "tags": ["lead", "emea"] } }""")]
    public void FindMismatch_SubsetOfStored_ReturnsNull(string expected)
    {
        Assert.Null(JsonSubset.FindMismatch(JsonNode.Parse(expected), JsonNode.Parse(Stored)));
    }

    [Theory]
    [InlineData("""{ "profile": { "name": "ada" } }""", "profile.name: expected \"ada\", found \"Ada\"")]
    [InlineData("""{ "profile": { "visits": "2" } }""", "profile.visits: expected \"2\", found 2.0")]
    [InlineData("""{ "profile": { "vip": false } }""", "profile.vip: expected false, found true")]
    [InlineData("""{ "profile": { "tags": ["lead"] } }""", "profile.tags: expected [\"lead\"], found [\"lead\",\"emea\"]")]
    [InlineData("""{ "profile": { "email": "a@b.c" } }""", "profile.email: missing")]
    [InlineData("""{ "other": { "x": 1 } }""", "other: expected an object, found 1")]
    public void FindMismatch_Difference_DescribesFirstOne(string expected, string mismatch)
    {
        Assert.Equal(mismatch, JsonSubset.FindMismatch(JsonNode.Parse(expected), JsonNode.Parse(Stored)));
    }
}
