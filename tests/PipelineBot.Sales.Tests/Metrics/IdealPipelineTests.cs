using PipelineBot.Sales.Metrics;

namespace PipelineBot.Sales.Tests.Metrics;

public sealed class IdealPipelineTests
{
    [Fact]
    public void Calculate_RoundsEachStepUp()
    {
        // 100,000 ÷ 15,000 = 6.67 → 7 sales; 7 ÷ 0.5 = 14 leads; 14 ÷ 3 = 4.67 → 5 per rep.
        var ideal = IdealPipeline.Calculate(100_000m, 15_000m, 0.5m, 3);

        Assert.Equal((7, 14, 5), (ideal.SalesNeeded, ideal.LeadsNeeded, ideal.LeadsPerRep));
    }

    [Fact]
    public void Calculate_ExactDivisions_NeedNoRounding()
    {
        var ideal = IdealPipeline.Calculate(120_000m, 10_000m, 0.25m, 4);

        Assert.Equal((12, 48, 12), (ideal.SalesNeeded, ideal.LeadsNeeded, ideal.LeadsPerRep));
    }

    [Theory]
    [InlineData(-1, 1, 0.5, 1)]
    [InlineData(1, 0, 0.5, 1)]
    [InlineData(1, 1, 0, 1)]
    [InlineData(1, 1, 1.5, 1)]
    [InlineData(1, 1, 0.5, 0)]
    public void Calculate_FigureOutOfRange_Throws(decimal target, decimal averageDeal, decimal closeRate, int reps)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IdealPipeline.Calculate(target, averageDeal, closeRate, reps));
    }
}
