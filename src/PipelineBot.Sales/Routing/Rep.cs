using System.ComponentModel.DataAnnotations;

namespace PipelineBot.Sales.Routing;

/// <summary>
/// A sales rep leads can be routed to, from configuration. How to reach them on a channel is not the domain's concern;
/// the host maps the id to a conversation.
/// </summary>
public sealed class Rep
{
    /// <summary>The rep's stable id, stored as a lead's owner.</summary>
    [Required]
    public string Id { get; set; } = string.Empty;

    /// <summary>The name shown on summaries.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Regions the rep covers; empty means any region.</summary>
    public List<string> Territories { get; set; } = [];

    /// <summary>Segments (company-size band names) the rep covers; empty means any segment.</summary>
    public List<string> Segments { get; set; } = [];

    /// <summary>False for reps who are away or gone: they get no new leads, and owner-first skips them.</summary>
    public bool Active { get; set; } = true;

    /// <summary>True when the rep covers the region and segment; an unknown region or segment only matches reps without limits.</summary>
    public bool Covers(string? region, string? segment) => Matches(Territories, region) && Matches(Segments, segment);

    private static bool Matches(List<string> limits, string? value) =>
        limits.Count == 0 || (value is not null && limits.Contains(value, StringComparer.OrdinalIgnoreCase));
}
