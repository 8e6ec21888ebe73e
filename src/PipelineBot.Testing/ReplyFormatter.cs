using System.Text.Json;
using System.Text.Json.Nodes;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Testing;

/// <summary>Reads what a reply shows the user and puts it in words for failure messages.</summary>
internal static class ReplyFormatter
{
    /// <summary>One line per reply, numbered, so a failure shows everything the bot said.</summary>
    public static string DescribeAll(IReadOnlyCollection<Activity> replies, string indent = "  ") =>
        replies.Count == 0
            ? $"{indent}(none)"
            : string.Join(Environment.NewLine, replies.Select((reply, i) => $"{indent}{i + 1}. {Describe(reply)}"));

    /// <summary>A message as the user would see it (quoted text, then any buttons, cards and submitted value), or the type of any other activity.</summary>
    public static string Describe(Activity reply)
    {
        if (reply.Type is not (null or ActivityTypes.Message))
        {
            return reply.Name is null ? $"({reply.Type})" : $"({reply.Type} {reply.Name})";
        }
        var parts = new List<string> { Quote(reply.Text) };
        if (OfferedTitles(reply) is { Count: > 0 } titles)
        {
            parts.Add($"[offers: {string.Join(" | ", titles)}]");
        }
        if (AttachmentTypes(reply) is { Count: > 0 } types)
        {
            parts.Add($"[cards: {string.Join(", ", types)}]");
        }
        if (reply.Value is not null)
        {
            parts.Add($"[value: {JsonSerializer.Serialize(reply.Value, BotJson.Options)}]");
        }
        return string.Join(' ', parts);
    }

    /// <summary>The text in quotes, or a note that there is none (a card-only reply).</summary>
    public static string Quote(string? text) => string.IsNullOrEmpty(text) ? "(no text)" : $"\"{text}\"";

    /// <summary>The titles of the reply's suggested actions, in order.</summary>
    public static IReadOnlyList<string> SuggestedTitles(Activity reply) =>
        reply.SuggestedActions?.Actions.Select(a => a.Title ?? string.Empty).ToList() ?? [];

    /// <summary>
    /// Every choice the reply offers: suggested actions plus the buttons of hero cards and the actions of Adaptive Cards,
    /// because a choice prompt renders its choices as whichever the channel supports.
    /// </summary>
    public static IReadOnlyList<string> OfferedTitles(Activity reply) =>
        [.. SuggestedTitles(reply), .. (reply.Attachments ?? []).SelectMany(CardButtonTitles)];

    /// <summary>The content types of the reply's attachments, in order.</summary>
    public static IReadOnlyList<string> AttachmentTypes(Activity reply) =>
        reply.Attachments?.Select(a => a.ContentType ?? string.Empty).ToList() ?? [];

    private static IEnumerable<string> CardButtonTitles(Attachment attachment)
    {
        // Content is whatever the bot built (a JsonElement, a JsonObject, a POCO); its JSON form is the common ground.
        if (attachment.Content is null || JsonSerializer.SerializeToNode(attachment.Content, BotJson.Options) is not JsonObject card)
        {
            return [];
        }
        var buttons = (card["buttons"] as JsonArray ?? []).Concat(card["actions"] as JsonArray ?? []);
        return buttons.Select(b => b is JsonObject button && button["title"] is JsonValue title && title.TryGetValue<string>(out var text) ? text : null)
            .OfType<string>();
    }
}
