using System.ComponentModel.DataAnnotations;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Sales.Tests.Pipeline;

public sealed class PipelineOptionsTests
{
    [Fact]
    public void Validate_ShippedPipelines_NoErrors()
    {
        Assert.Empty(Validate(TestPipelines.Options()));
    }

    [Fact]
    public void Validate_NoPipelines_AsksForOne()
    {
        Assert.Equal(["Pipeline:Pipelines must list at least one pipeline."], Validate(new PipelineOptions()));
    }

    [Fact]
    public void Validate_PipelineWithoutStages_SaysSo()
    {
        var options = TestPipelines.Options();
        options.Pipelines[1].Stages.Clear();

        Assert.Equal(["Pipeline 'Renewals' lists no stages."], Validate(options));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_BlankStageName_NamesTheStageByPosition(string name)
    {
        var options = TestPipelines.Options();
        options.Pipelines[0].Stages[1].Name = name;

        Assert.Equal(["Pipeline 'New business' stage 2 has no name."], Validate(options));
    }

    [Fact]
    public void Validate_SameStageNameInAnotherCase_IsConfiguredTwice()
    {
        var options = TestPipelines.Options();
        options.Pipelines[0].Stages[2].Name = "CONTACT";

        Assert.Equal(["Pipeline 'New business' stage 'Contact' is configured twice."], Validate(options));
    }

    [Fact]
    public void Validate_SamePipelineNameTwice_IsConfiguredTwice()
    {
        var options = TestPipelines.Options();
        options.Pipelines[1].Name = "new business";

        Assert.Equal(["Pipeline 'New business' is configured twice."], Validate(options));
    }

    [Theory]
    [InlineData("-0.1")]
    [InlineData("1.01")]
    public void Validate_WinProbabilityOutsideZeroToOne_Explains(string probability)
    {
        var options = TestPipelines.Options();
        options.Pipelines[0].Stages[3].WinProbability = decimal.Parse(probability, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal([$"Pipeline 'New business' stage 'Proposal' has win probability {probability}; use a fraction from 0 to 1."], Validate(options));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_NonPositiveStuckAfter_MustBePositive(int days)
    {
        var options = TestPipelines.Options();
        options.Pipelines[0].Stages[0].StuckAfter = TimeSpan.FromDays(days);

        Assert.Equal([$"Pipeline 'New business' stage 'Contact' has a StuckAfter of {TimeSpan.FromDays(days)}; it must be positive."], Validate(options));
    }

    [Fact]
    public void Validate_ClosedStageWithStuckAfter_IsRefused()
    {
        var options = TestPipelines.Options();
        options.Pipelines[0].Stages[5].StuckAfter = TimeSpan.FromDays(3);

        Assert.Equal(["Pipeline 'New business' stage 'Closed Won' closes deals (Won) but has a StuckAfter; a closed deal is never stuck."], Validate(options));
    }

    [Fact]
    public void Validate_FirstStageClosed_IsRefused()
    {
        var options = TestPipelines.Options();
        options.Pipelines[1].Stages.Reverse();

        Assert.Equal(["Pipeline 'Renewals' starts with the closed stage 'Churned'; a deal must open in an open stage."], Validate(options));
    }

    [Fact]
    public void Validate_NoLostStage_IsRefused()
    {
        var options = TestPipelines.Options();
        options.Pipelines[1].Stages.RemoveAll(s => s.Outcome == DealOutcome.Lost);

        Assert.Equal(["Pipeline 'Renewals' has no stage with Outcome Lost, so its deals could never be lost."], Validate(options));
    }

    [Fact]
    public void Validate_ControlCharacterInAName_IsRefused()
    {
        var options = TestPipelines.Options();
        options.Pipelines[0].Stages[0].Name = "Con\u001ftact";

        Assert.Equal(["Pipeline 'New business' has a pipeline or stage name with a control character; use printable names."], Validate(options));
    }

    [Fact]
    public void Validate_BadCurrencyZoneAndStuckSettings_ReportsEach()
    {
        var options = TestPipelines.Options();
        options.Currency = "eur";
        options.TimeZone = "Europe/Praha";
        options.Stuck.MedianMultiple = 0m;
        options.Stuck.MinimumDwells = 300;
        options.SilentAfter = TimeSpan.Zero;

        Assert.Equal(
            [
                "Pipeline:Currency 'eur' is not an ISO 4217 code such as 'EUR'.",
                "Pipeline:TimeZone 'Europe/Praha' is not a time zone this machine knows; use an IANA id such as 'Europe/Prague'.",
                "Pipeline:Stuck:MedianMultiple is 0; it must be positive.",
                "Pipeline:Stuck:MinimumDwells (300) must be at least 1 and no more than RecentDwells (200).",
                "Pipeline:SilentAfter is 00:00:00; it must be positive.",
            ],
            Validate(options));
    }

    [Fact]
    public void Catalog_FirstPipelineIsTheDefault_AndNamesIgnoreCase()
    {
        var catalog = TestPipelines.Catalog();

        Assert.Equal(("New business", "Contact"), (catalog.Default.Name, catalog.Default.FirstStage.Name));
        Assert.Same(catalog.Pipelines[1], catalog.Get("RENEWALS"));
        Assert.Throws<SalesDomainException>(() => catalog.Get("Upsell"));
    }

    [Fact]
    public void Pipeline_FirstClosingStages_AreWhereWinningAndLosingGo()
    {
        var pipeline = TestPipelines.Default();

        Assert.Equal(("Closed Won", "Closed Lost"), (pipeline.FirstClosing(DealOutcome.Won).Name, pipeline.FirstClosing(DealOutcome.Lost).Name));
        Assert.Equal(["Contact", "Qualification", "Meeting", "Proposal", "Negotiation"], pipeline.OpenStages.Select(s => s.Name));
    }

    /// <summary>The messages of DataAnnotations validation: the properties' attributes, then the object's own rules.</summary>
    private static List<string> Validate(PipelineOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }
}
