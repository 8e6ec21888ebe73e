using System.ComponentModel.DataAnnotations;

namespace PipelineBot.Sales.Qualification;

/// <summary>
/// A company-size band of the ideal customer profile, e.g. <c>mid-market</c> for 51–500 employees. Its name is also
/// the segment that routing matches against rep segments.
/// </summary>
public sealed class CompanySizeBand
{
    /// <summary>The band id; a company-size choice with this id falls in the band directly.</summary>
    [Required]
    public string Name { get; set; } = string.Empty;

    /// <summary>The smallest head count in the band, for company sizes given as a number.</summary>
    [Range(0, int.MaxValue)]
    public int MinEmployees { get; set; }

    /// <summary>The largest head count in the band, or null for no upper bound.</summary>
    public int? MaxEmployees { get; set; }

    /// <summary>Fit points for a company in this band.</summary>
    public int Points { get; set; }

    /// <summary>True when the head count lies within the band's bounds.</summary>
    public bool Contains(decimal employees) => employees >= MinEmployees && (MaxEmployees is null || employees <= MaxEmployees);
}
