using System.Text.Json.Nodes;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Tests.Cards;

/// <summary>
/// Checks a card against the parts of the Adaptive Card 1.5 schema our cards use (required properties, unique input
/// ids across shown cards) and finds its parts for assertions.
/// </summary>
internal static class CardAssert
{
    public static JsonObject Valid(Attachment attachment)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var card = Assert.IsType<JsonObject>(attachment.Content);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)card["$schema"]);
        Assert.Equal("1.5", (string?)card["version"]);
        CheckCard(card, []);
        return card;
    }

    public static List<JsonObject> Body(JsonObject card) => [.. card["body"]!.AsArray().Select(e => e!.AsObject())];

    public static List<JsonObject> Actions(JsonObject card) => [.. card["actions"]!.AsArray().Select(a => a!.AsObject())];

    public static List<string> Texts(JsonObject card) =>
        [.. Body(card).Where(e => (string?)e["type"] == "TextBlock").Select(e => (string)e["text"]!)];

    public static List<(string Title, string Value)> Facts(JsonObject card, int factSet = 0) =>
        [.. Body(card).Where(e => (string?)e["type"] == "FactSet").ElementAt(factSet)["facts"]!.AsArray()
            .Select(f => ((string)f!["title"]!, (string)f["value"]!))];

    public static JsonObject Action(JsonObject card, string title) =>
        Assert.Single(Actions(card), a => (string?)a["title"] == title);

    private static void CheckCard(JsonObject card, HashSet<string> inputIds)
    {
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.IsType<JsonArray>(card["body"]);
        Assert.IsType<JsonArray>(card["actions"]);
        foreach (var element in Body(card))
        {
            CheckElement(element, inputIds);
        }
        foreach (var action in Actions(card))
        {
            CheckAction(action, inputIds);
        }
    }

    private static void CheckElement(JsonObject element, HashSet<string> inputIds)
    {
        switch ((string?)element["type"])
        {
            case "TextBlock":
                Assert.False(string.IsNullOrWhiteSpace((string?)element["text"]));
                break;
            case "FactSet":
                Assert.All(element["facts"]!.AsArray(), f => Assert.False(string.IsNullOrWhiteSpace((string?)f!["title"]) || string.IsNullOrWhiteSpace((string?)f["value"])));
                break;
            case "Input.ChoiceSet":
                CheckInput(element, inputIds);
                Assert.All(element["choices"]!.AsArray(), c => Assert.False(string.IsNullOrWhiteSpace((string?)c!["title"]) || string.IsNullOrWhiteSpace((string?)c["value"])));
                break;
            case "Input.Text" or "Input.Number" or "Input.Date":
                CheckInput(element, inputIds);
                break;
            case "Container":
                Assert.All(element["items"]!.AsArray(), item => CheckElement(item!.AsObject(), inputIds));
                break;
            case "ActionSet":
                Assert.All(element["actions"]!.AsArray(), action => CheckAction(action!.AsObject(), inputIds));
                break;
            case var other:
                Assert.Fail($"The cards use no element of type '{other}'.");
                break;
        }
    }

    private static void CheckInput(JsonObject input, HashSet<string> inputIds)
    {
        var id = (string?)input["id"];
        Assert.False(string.IsNullOrWhiteSpace(id));
        Assert.True(inputIds.Add(id), $"The input id '{id}' is used twice.");
    }

    private static void CheckAction(JsonObject action, HashSet<string> inputIds)
    {
        Assert.False(string.IsNullOrWhiteSpace((string?)action["title"]));
        switch ((string?)action["type"])
        {
            case "Action.Submit":
                Assert.IsType<JsonObject>(action["data"]);
                break;
            case "Action.ShowCard":
                CheckCard(Assert.IsType<JsonObject>(action["card"]), inputIds);
                break;
            case var other:
                Assert.Fail($"The cards use no action of type '{other}'.");
                break;
        }
    }
}
