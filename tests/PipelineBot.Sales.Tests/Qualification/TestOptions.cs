using PipelineBot.Sales.Qualification;

namespace PipelineBot.Sales.Tests.Qualification;

/// <summary>Scoring options with a small, readable ideal customer profile.</summary>
internal static class TestOptions
{
    public static ScoringOptions Scoring(int mqlThreshold = 0, int sqlThreshold = 60) => new()
    {
        MqlThreshold = mqlThreshold,
        SqlThreshold = sqlThreshold,
        PointsPerInteraction = 2,
        MaxEngagementPoints = 10,
        IdealCustomerProfile = new()
        {
            Industries = new() { ["software"] = 20, ["retail"] = 5 },
            CompanySizeBands =
            [
                new() { Name = "smb", MinEmployees = 1, MaxEmployees = 50, Points = 0 },
                new() { Name = "mid-market", MinEmployees = 51, MaxEmployees = 500, Points = 15 },
                new() { Name = "enterprise", MinEmployees = 501, Points = 20 },
            ],
            Seniorities = new() { ["executive"] = 15, ["manager"] = 5 },
            Regions = new() { ["eu"] = 10, ["us"] = 5 },
        },
    };
}
