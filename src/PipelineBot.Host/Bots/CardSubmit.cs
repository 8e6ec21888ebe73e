using System.Text.Json;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Bots;

/// <summary>
/// The data of an Adaptive Card button press: its <c>action</c> and the card's input values, all as strings.
/// Card data is whatever the client sent, so every field is checked by whoever acts on it.
/// </summary>
/// <param name="Action">The action name the card put in its data.</param>
/// <param name="Fields">The other string fields of the data: inputs and ids.</param>
public sealed record CardSubmit(string Action, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The submit carried by the activity, or null when it is not a card submit with an action.</summary>
    public static CardSubmit? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not JsonElement { ValueKind: JsonValueKind.Object } data
            || !data.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        var fields = data.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String && p.Name != "action")
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        return new CardSubmit(action.GetString()!, fields);
    }

    /// <summary>The trimmed value of a field, or null when it is missing or blank.</summary>
    public string? Field(string name) =>
        Fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
