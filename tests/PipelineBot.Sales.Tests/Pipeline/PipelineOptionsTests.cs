using System.ComponentModel.DataAnnotations;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Sales.Tests.Pipeline;

public sealed class PipelineOptionsTests
{
    [Fact]
    public void Validate_ContactToClosed_NoErrors()
    {
        Assert.Empty(Validate(Pipeline()));
    }

    [Fact]
    public void Validate_NoStages_AsksForOne()
    {
        Assert.Equal(["Pipeline:Stages must list at least one stage."], Validate(new PipelineOptions()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_BlankName_NamesTheStageByPosition(string name)
    {
        var options = Pipeline();
        options.Stages[1].Name = name;

        Assert.Equal(["Pipeline stage 2 has no name."], Validate(options));
    }

    [Fact]
    public void Validate_SameNameInAnotherCase_IsConfiguredTwice()
    {
        var options = Pipeline();
        options.Stages[2].Name = "CONTACT";

        Assert.Equal(["Pipeline stage 'Contact' is configured twice."], Validate(options));
    }

    [Theory]
    [InlineData("-0.1")]
    [InlineData("1.01")]
    public void Validate_WinProbabilityOutsideZeroToOne_Explains(string probability)
    {
        var options = Pipeline();
        options.Stages[1].WinProbability = decimal.Parse(probability, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal([$"Pipeline stage 'Proposal' has win probability {probability}; use a fraction from 0 to 1."], Validate(options));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public void Validate_WinProbabilityAtTheBounds_IsAccepted(string probability)
    {
        var options = Pipeline();
        options.Stages[1].WinProbability = decimal.Parse(probability, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Empty(Validate(options));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_NonPositiveStuckAfter_MustBePositive(int days)
    {
        var options = Pipeline();
        options.Stages[0].StuckAfter = TimeSpan.FromDays(days);

        Assert.Equal([$"Pipeline stage 'Contact' has a StuckAfter of {TimeSpan.FromDays(days)}; it must be positive."], Validate(options));
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEach()
    {
        var options = Pipeline();
        options.Stages[0].Name = "";
        options.Stages[1].WinProbability = 2m;
        options.Stages[1].StuckAfter = TimeSpan.Zero;

        Assert.Equal(3, Validate(options).Count);
    }

    [Fact]
    public void FirstStage_IsTheFirstConfigured()
    {
        Assert.Equal("Contact", Pipeline().FirstStage().Name);
    }

    [Fact]
    public void FirstStage_NoStages_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => new PipelineOptions().FirstStage());
    }

    private static PipelineOptions Pipeline() => new()
    {
        Stages =
        [
            new() { Name = "Contact", WinProbability = 0.1m, StuckAfter = TimeSpan.FromDays(7) },
            new() { Name = "Proposal", WinProbability = 0.5m, StuckAfter = TimeSpan.FromDays(14) },
            new() { Name = "Closed Won", WinProbability = 1m },
        ],
    };

    /// <summary>The messages of DataAnnotations validation: the properties' attributes, then the object's own rules.</summary>
    private static List<string> Validate(PipelineOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }
}
