using System.Text.Json;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>
/// What the website already knows about the visitor, sent as an event named <see cref="EventName"/> whose value has
/// any of <c>name</c>, <c>email</c> and <c>company</c>, e.g. from a signed-in session. The values are held in the
/// conversation until the visitor consents, then pass the same validation as typed answers; their questions are skipped.
/// </summary>
public sealed class VisitorDetails
{
    /// <summary>The event name the page sends.</summary>
    public const string EventName = "visitorDetails";

    /// <summary>The values by the lead slot they fill.</summary>
    public Dictionary<LeadField, string> Values { get; set; } = [];

    /// <summary>The details in the event's value; unknown or non-text properties are ignored.</summary>
    public static VisitorDetails From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var details = new VisitorDetails();
        if (activity.Value is not JsonElement { ValueKind: JsonValueKind.Object } value)
        {
            return details;
        }
        foreach (var (property, field) in new[] { ("name", LeadField.Name), ("email", LeadField.WorkEmail), ("company", LeadField.Company) })
        {
            if (value.TryGetProperty(property, out var given) && given.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(given.GetString()))
            {
                details.Values[field] = given.GetString()!.Trim();
            }
        }
        return details;
    }
}
