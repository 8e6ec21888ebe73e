using System.Text.Json;
using System.Text.Json.Serialization;

namespace PipelineBot.Runtime.Schema;

/// <summary>A button: on a card or among suggested actions.</summary>
public class CardAction
{
    /// <summary>Creates a button of the given <see cref="ActionTypes"/> type.</summary>
    public CardAction(string? type = null, string? title = null, object? value = null)
    {
        Type = type;
        Title = title;
        Value = value;
    }

    /// <summary>One of <see cref="ActionTypes"/>.</summary>
    public string? Type { get; set; }

    /// <summary>The label on the button.</summary>
    public string? Title { get; set; }

    /// <summary>Icon URL.</summary>
    public string? Image { get; set; }

    /// <summary>Text sent with a messageBack.</summary>
    public string? Text { get; set; }

    /// <summary>Text shown in the chat when a messageBack is clicked.</summary>
    public string? DisplayText { get; set; }

    /// <summary>What the click sends: the message text for imBack, a payload for postBack/messageBack.</summary>
    public object? Value { get; set; }

    /// <summary>Fields this type does not model.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
