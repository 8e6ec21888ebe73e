using PipelineBot.Sales.Qualification;

namespace PipelineBot.Sales.Tests.Qualification;

public class EngagementScorerTests
{
    private readonly EngagementScorer _scorer = new(TestOptions.Scoring());

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 2)]
    [InlineData(4, 8)]
    [InlineData(5, 10)]
    [InlineData(6, 10)]
    [InlineData(int.MaxValue, 10)]
    [InlineData(-3, 0)]
    public void Score_Interactions_TwoPointsEachCappedAtTen(int interactions, int points)
    {
        Assert.Equal(points, _scorer.Score(interactions));
    }
}
