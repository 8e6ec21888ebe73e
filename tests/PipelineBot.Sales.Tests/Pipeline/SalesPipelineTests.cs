namespace PipelineBot.Sales.Tests.Pipeline;

public sealed class SalesPipelineTests
{
    [Theory]
    [InlineData("Contact", "Qualification")]
    [InlineData("proposal", "Negotiation")]
    [InlineData("Negotiation", null)]
    [InlineData("Closed Lost", null)]
    [InlineData("Discovery", null)]
    public void NextOpenStage_OnlyBetweenOpenStages(string stage, string? expected)
    {
        Assert.Equal(expected, TestPipelines.Default().NextOpenStage(stage)?.Name);
    }
}
