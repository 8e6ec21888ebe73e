using System.Text;
using System.Text.Json.Nodes;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Cards;

/// <summary>The few Adaptive Card (schema 1.5) elements our cards are made of, as JSON nodes, so every card has one shape.</summary>
internal static class CardJson
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string Version = "1.5";

    public static Attachment Attachment(JsonArray body, JsonArray actions) => new()
    {
        ContentType = ContentType,
        Content = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["body"] = body,
            ["actions"] = actions,
        },
    };

    // A card inside Action.ShowCard is rendered as part of the card that opens it, whose version applies.
    public static JsonObject NestedCard(JsonArray body, JsonArray actions) =>
        new() { ["type"] = "AdaptiveCard", ["body"] = body, ["actions"] = actions };

    public static JsonObject Heading(string text) => new()
    {
        ["type"] = "TextBlock", ["text"] = text, ["style"] = "heading", ["size"] = "Medium", ["weight"] = "Bolder", ["wrap"] = true,
    };

    public static JsonObject Section(string text) => new()
    {
        ["type"] = "TextBlock", ["text"] = text, ["weight"] = "Bolder", ["spacing"] = "Medium", ["wrap"] = true,
    };

    public static JsonObject Text(string text, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (subtle)
        {
            block["isSubtle"] = true;
        }
        return block;
    }

    public static JsonObject FactSet(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    public static JsonObject Submit(string title, JsonObject data, string? style = null)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (style is not null)
        {
            action["style"] = style;
        }
        return action;
    }

    // Buttons inside the body, e.g. one row per deal of a list; a card's own actions sit only at its foot.
    public static JsonObject ActionSet(JsonArray actions) => new() { ["type"] = "ActionSet", ["actions"] = actions };

    public static JsonObject Container(JsonArray items) => new() { ["type"] = "Container", ["items"] = items, ["separator"] = true };

    /// <summary>A required input of the given type (Input.Text, Input.Number, Input.Date), with any extra properties it takes.</summary>
    public static JsonObject Input(string type, string id, string label, string errorMessage, params ReadOnlySpan<(string Name, JsonNode? Value)> properties)
    {
        var input = new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label, ["isRequired"] = true, ["errorMessage"] = errorMessage };
        foreach (var (name, value) in properties)
        {
            input[name] = value;
        }
        return input;
    }

    public static JsonObject ShowCard(string title, JsonObject card) =>
        new() { ["type"] = "Action.ShowCard", ["title"] = title, ["card"] = card };

    /// <summary>Submit data naming the action, plus any fields the bot needs back (the inputs are merged in by the channel).</summary>
    public static JsonObject Data(string action, params ReadOnlySpan<(string Name, string Value)> fields)
    {
        var data = new JsonObject { [CardActions.ActionField] = action };
        foreach (var (name, value) in fields)
        {
            data[name] = value;
        }
        return data;
    }

    /// <summary>
    /// Text from a visitor, escaped for the Markdown that TextBlocks and facts render, so e.g. <c>[Accept](https://…)</c>
    /// typed by a visitor shows as typed and cannot pass for a link or button on a rep's card.
    /// </summary>
    public static string Plain(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '`')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
