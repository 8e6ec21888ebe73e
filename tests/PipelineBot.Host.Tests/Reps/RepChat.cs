using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Nodes;
using PipelineBot.Host.Tests.Cards;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Tests.Reps;

/// <summary>A rep's or manager's side of a conversation with the assistant: what they say or click, and the parts of the answer.</summary>
internal static class RepChat
{
    /// <summary>Says the text and returns the one reply.</summary>
    public static async Task<Activity> AskAsync(this EmulatorClient client, string text) => Assert.Single(await client.SendAsync(client.Message(text)));

    /// <summary>Clicks a submit button as the channel does: its data, with the card's inputs merged in.</summary>
    public static async Task<Activity> ClickAsync(this EmulatorClient client, JsonObject button, params (string Input, string Value)[] inputs)
    {
        Assert.Equal("Action.Submit", (string?)button["type"]);
        var data = button["data"]!.DeepClone().AsObject();
        foreach (var (input, value) in inputs)
        {
            data[input] = value;
        }
        return Assert.Single(await client.SendAsync(client.Submit(data)));
    }

    /// <summary>The reply's Adaptive Card, checked against the schema.</summary>
    public static JsonObject Card(this Activity reply) => Assert.Single(reply.Cards());

    /// <summary>Every Adaptive Card of the reply, checked against the schema.</summary>
    public static List<JsonObject> Cards(this Activity reply) =>
        [.. (reply.Attachments ?? []).Where(a => a.ContentType == "application/vnd.microsoft.card.adaptive")
            // A card read back from the connector is raw JSON; the checks walk it as nodes, as the bot built it.
            .Select(a => CardAssert.Valid(new Attachment { ContentType = a.ContentType, Content = JsonSerializer.SerializeToNode(a.Content) }))];

    /// <summary>The reply's PNG charts, each checked to be an inline image of the chart's size; returns their file names.</summary>
    public static List<string> Charts(this Activity reply)
    {
        var charts = (reply.Attachments ?? []).Where(a => a.ContentType == "image/png").ToList();
        foreach (var chart in charts)
        {
            const string prefix = "data:image/png;base64,";
            Assert.StartsWith(prefix, chart.ContentUrl, StringComparison.Ordinal);
            var png = Convert.FromBase64String(chart.ContentUrl![prefix.Length..]);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            // The IHDR chunk follows the 8-byte signature and its 8-byte header: width, then height, big-endian.
            Assert.Equal((800, 450), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        }
        return [.. charts.Select(c => c.Name ?? string.Empty)];
    }

    /// <summary>The rows of a list card: each deal's name, its value line and why it is listed.</summary>
    public static List<(string Name, string Line, string Why)> Rows(this JsonObject card) =>
        [.. CardAssert.Body(card).Where(e => (string?)e["type"] == "Container").Select(row =>
        {
            var texts = row["items"]!.AsArray().Where(i => (string?)i!["type"] == "TextBlock").Select(i => (string)i!["text"]!).ToList();
            return (texts[0], texts[1], texts[2]);
        })];

    /// <summary>The buttons of one row of a list card.</summary>
    public static List<JsonObject> RowButtons(this JsonObject card, int row) =>
        [.. CardAssert.Body(card).Where(e => (string?)e["type"] == "Container").ElementAt(row)["items"]!.AsArray()
            .Single(i => (string?)i!["type"] == "ActionSet")!["actions"]!.AsArray().Select(a => a!.AsObject())];

    /// <summary>A submit button inside one of the card's show-card panels, e.g. the note panel's "Add note".</summary>
    public static JsonObject PanelButton(this JsonObject card, string panel) =>
        Assert.Single(CardAssert.Action(card, panel)["card"]!["actions"]!.AsArray().Select(a => a!.AsObject()));

    /// <summary>The JSON of everything in the replies, to check nothing in it names a deal.</summary>
    public static string Everything(IEnumerable<Activity> replies) => string.Join('\n', replies.Select(r => JsonSerializer.Serialize(r, BotJson.Options)));
}
