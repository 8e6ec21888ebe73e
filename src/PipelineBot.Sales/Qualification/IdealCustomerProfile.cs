namespace PipelineBot.Sales.Qualification;

/// <summary>
/// The ideal-customer-profile rules from configuration: points per industry, size band, seniority and region.
/// Keys are matched ignoring case; a value with no rule scores nothing.
/// </summary>
public sealed class IdealCustomerProfile
{
    /// <summary>Points per industry id, e.g. <c>software: 20</c>.</summary>
    public Dictionary<string, int> Industries { get; set; } = [];

    /// <summary>Company-size bands in order; the first that matches wins.</summary>
    public List<CompanySizeBand> CompanySizeBands { get; set; } = [];

    /// <summary>Points per role seniority, matched against the lead's role value, e.g. <c>executive: 15</c>.</summary>
    public Dictionary<string, int> Seniorities { get; set; } = [];

    /// <summary>Points per region, e.g. <c>eu: 10</c>.</summary>
    public Dictionary<string, int> Regions { get; set; } = [];
}
