using System.Text.Json.Nodes;
using PipelineBot.Host.Content;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Cards;

/// <summary>The top of every card about a lead for sales: who it is, or "Anonymous lead" when we may not say.</summary>
internal static class LeadHeader
{
    // Consent gates identity, not just recording: a visitor who withdrew it after giving a name is shown to nobody.
    public static IEnumerable<JsonObject> Build(Lead? lead, IDialogText text, string? locale)
    {
        if (lead is null || !lead.HasConsent || lead.IsErased)
        {
            yield return CardJson.Heading(text.Get("cards.lead.anonymous", locale));
            yield break;
        }
        var title = lead.Name ?? lead.Company ?? text.Get("cards.lead.unnamed", locale);
        yield return CardJson.Heading(CardJson.Plain(title));
        string?[] details = [lead.Name is null ? null : lead.Company, lead.WorkEmail?.Value];
        var known = details.OfType<string>().Select(CardJson.Plain).ToList();
        if (known.Count > 0)
        {
            yield return CardJson.Text(string.Join(" · ", known), subtle: true);
        }
    }
}
