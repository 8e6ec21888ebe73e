using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Sales.Tests.Pipeline;

/// <summary>The shipped pipelines (new business and renewals), built fresh for each use so a test may change them.</summary>
internal static class TestPipelines
{
    public const string NewBusiness = "New business";
    public const string Renewals = "Renewals";

    public static PipelineOptions Options() => new()
    {
        Pipelines =
        [
            new()
            {
                Name = NewBusiness,
                Stages =
                [
                    Stage("Contact", 0.05m, 7),
                    Stage("Qualification", 0.1m, 7),
                    Stage("Meeting", 0.2m, 14),
                    Stage("Proposal", 0.5m, 14),
                    Stage("Negotiation", 0.75m, 21),
                    Stage("Closed Won", 1m, outcome: DealOutcome.Won),
                    Stage("Closed Lost", 0m, outcome: DealOutcome.Lost),
                    Stage("Retention", 1m, outcome: DealOutcome.Won),
                ],
            },
            new()
            {
                Name = Renewals,
                Stages =
                [
                    Stage("Renewal due", 0.7m, 30),
                    Stage("Renewal negotiation", 0.85m, 21),
                    Stage("Renewed", 1m, outcome: DealOutcome.Won),
                    Stage("Churned", 0m, outcome: DealOutcome.Lost),
                ],
            },
        ],
        Currency = "EUR",
        TimeZone = "Europe/Prague",
    };

    public static PipelineCatalog Catalog() => new(Options());

    public static SalesPipeline Default() => Catalog().Default;

    public static SalesPipeline Get(string name) => Catalog().Get(name);

    public static PipelineStageOptions Stage(string name, decimal probability, int? stuckAfterDays = null, DealOutcome outcome = DealOutcome.Open) =>
        new() { Name = name, WinProbability = probability, StuckAfter = stuckAfterDays is { } days ? TimeSpan.FromDays(days) : null, Outcome = outcome };
}
