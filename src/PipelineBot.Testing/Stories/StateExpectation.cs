using System.Text.Json.Nodes;

namespace PipelineBot.Testing.Stories;

/// <summary>A story's check of stored state: the document under <paramref name="Key"/> contains <paramref name="Contains"/>.</summary>
/// <param name="Number">The check's position in <c>state</c>, from 1.</param>
/// <param name="Line">The YAML line the check starts on.</param>
/// <param name="Key">The storage key, with <c>{channel}</c>, <c>{user}</c> and <c>{conversation}</c> still to expand.</param>
/// <param name="Contains">The properties the stored document must have, with equal values.</param>
internal sealed record StateExpectation(int Number, int Line, string Key, JsonObject Contains)
{
    /// <summary>The check as failure messages name it.</summary>
    public string Location => $"state {Number} (line {Line})";
}
