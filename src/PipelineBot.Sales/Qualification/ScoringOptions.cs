using System.ComponentModel.DataAnnotations;

namespace PipelineBot.Sales.Qualification;

/// <summary>
/// Weights and thresholds that turn answers, fit and engagement into Cold, MQL or SQL. Bound from the <c>Scoring</c>
/// section by the host; a plain class here so the domain needs no configuration package.
/// </summary>
public sealed class ScoringOptions : IValidatableObject
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "Scoring";

    /// <summary>
    /// The total a lead needs to be worth nurturing; below it the lead goes cold with the score as reason. The default
    /// of 0 leaves the cold list to BANT negatives alone, as issue 3 specifies.
    /// </summary>
    public int MqlThreshold { get; set; }

    /// <summary>The total at which an MQL becomes an SQL; a demo or quote request makes it SQL regardless.</summary>
    public int SqlThreshold { get; set; } = 60;

    /// <summary>How many negative BANT dimensions put a lead on the cold list.</summary>
    [Range(1, 4)]
    public int ColdAfterNegatives { get; set; } = 2;

    /// <summary>Multiplier of the fit points in the total.</summary>
    [Range(0.0, 100.0)]
    public decimal FitWeight { get; set; } = 1m;

    /// <summary>Multiplier of the engagement points in the total.</summary>
    [Range(0.0, 100.0)]
    public decimal EngagementWeight { get; set; } = 1m;

    /// <summary>Multiplier of the answer points (the script's score weights) in the total.</summary>
    [Range(0.0, 100.0)]
    public decimal AnswersWeight { get; set; } = 1m;

    /// <summary>Engagement points per interaction.</summary>
    [Range(0, 1000)]
    public int PointsPerInteraction { get; set; } = 2;

    /// <summary>The most engagement points a lead can earn.</summary>
    [Range(0, 10000)]
    public int MaxEngagementPoints { get; set; } = 20;

    /// <summary>The ideal-customer-profile rules behind the fit score.</summary>
    public IdealCustomerProfile IdealCustomerProfile { get; set; } = new();

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SqlThreshold < MqlThreshold)
        {
            yield return new ValidationResult(
                $"SqlThreshold ({SqlThreshold}) must not be below MqlThreshold ({MqlThreshold}).",
                [nameof(SqlThreshold), nameof(MqlThreshold)]);
        }
        var bands = IdealCustomerProfile.CompanySizeBands;
        foreach (var band in bands.Where(b => b.MaxEmployees < b.MinEmployees))
        {
            yield return new ValidationResult(
                $"Company size band '{band.Name}' ends ({band.MaxEmployees}) before it starts ({band.MinEmployees}).",
                [nameof(IdealCustomerProfile)]);
        }
        foreach (var name in bands.GroupBy(b => b.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            yield return new ValidationResult($"Company size band '{name}' is defined twice.", [nameof(IdealCustomerProfile)]);
        }
    }
}
