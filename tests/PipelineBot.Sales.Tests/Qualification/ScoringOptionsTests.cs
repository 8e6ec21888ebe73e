using System.ComponentModel.DataAnnotations;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Sales.Tests.Qualification;

public class ScoringOptionsTests
{
    private static List<string> Validate(ScoringOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }

    [Fact]
    public void Validate_Defaults_NoErrors()
    {
        Assert.Empty(Validate(new ScoringOptions()));
    }

    [Fact]
    public void Validate_SqlBelowMql_Explains()
    {
        Assert.Equal(["SqlThreshold (10) must not be below MqlThreshold (20)."], Validate(TestOptions.Scoring(mqlThreshold: 20, sqlThreshold: 10)));
    }

    [Fact]
    public void Validate_BandEndingBeforeItStartsAndDuplicate_Explains()
    {
        var options = TestOptions.Scoring();
        options.IdealCustomerProfile.CompanySizeBands.Add(new() { Name = "SMB", MinEmployees = 10, MaxEmployees = 5 });

        Assert.Equal(
            ["Company size band 'SMB' ends (5) before it starts (10).", "Company size band 'smb' is defined twice."],
            Validate(options));
    }
}
