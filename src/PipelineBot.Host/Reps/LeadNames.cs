using PipelineBot.Host.Content;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Reps;

/// <summary>How the lines reps get name a lead: by name, else by company, else as an anonymous lead.</summary>
internal static class LeadNames
{
    public static string For(Lead? lead, IDialogText text) => lead?.Name ?? lead?.Company ?? text.Get("reps.lead.anonymous", null);
}
