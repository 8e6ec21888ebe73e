using System.Globalization;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Sales.Qualification;

/// <summary>Scores a lead's firmographics and role against the ideal-customer-profile rules in <see cref="ScoringOptions"/>.</summary>
public sealed class FitScorer(ScoringOptions options)
{
    private IdealCustomerProfile Profile => options.IdealCustomerProfile;

    /// <summary>Adds the points of every rule the lead matches: industry, size band, seniority and region.</summary>
    public FitScore Score(Lead lead)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var matches = new List<string>();
        var points = 0;
        void Add(string rule, string value, int rulePoints)
        {
            points += rulePoints;
            matches.Add($"{rule} '{value}' {rulePoints:+0;-0;+0}");
        }
        if (Lookup(Profile.Industries, lead.Industry) is { } industry)
        {
            Add("industry", lead.Industry!, industry);
        }
        var band = BandOf(lead.CompanySize);
        if (band is not null)
        {
            Add("company size", band.Name, band.Points);
        }
        if (Lookup(Profile.Seniorities, lead.Role) is { } seniority)
        {
            Add("seniority", lead.Role!, seniority);
        }
        if (Lookup(Profile.Regions, lead.Region) is { } region)
        {
            Add("region", lead.Region!, region);
        }
        return new FitScore(points, matches, band?.Name);
    }

    /// <summary>The size band a company size falls in: by band name for a choice, by head count for a number.</summary>
    public CompanySizeBand? BandOf(string? companySize)
    {
        if (string.IsNullOrWhiteSpace(companySize))
        {
            return null;
        }
        var byName = Profile.CompanySizeBands.FirstOrDefault(b => string.Equals(b.Name, companySize, StringComparison.OrdinalIgnoreCase));
        if (byName is not null)
        {
            return byName;
        }
        return decimal.TryParse(companySize, NumberStyles.Number, CultureInfo.InvariantCulture, out var employees)
            ? Profile.CompanySizeBands.FirstOrDefault(b => b.Contains(employees))
            : null;
    }

    private static int? Lookup(Dictionary<string, int> rules, string? value)
    {
        foreach (var (key, points) in rules)
        {
            if (string.Equals(key, value, StringComparison.OrdinalIgnoreCase))
            {
                return points;
            }
        }
        return null;
    }
}
