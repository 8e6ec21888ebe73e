using PipelineBot.Sales.Qualification;
using PipelineBot.Sales.Tests.Leads;

namespace PipelineBot.Sales.Tests.Qualification;

public class FitScorerTests
{
    private readonly FitScorer _scorer = new(TestOptions.Scoring());

    private FitScore Score(string questionId, string value) =>
        _scorer.Score(new LeadBuilder().WithAnswer(questionId, value).Build());

    [Theory]
    [InlineData("industry", "software", 20, "industry 'software' +20")]
    [InlineData("industry", "retail", 5, "industry 'retail' +5")]
    [InlineData("role", "executive", 15, "seniority 'executive' +15")]
    [InlineData("role", "manager", 5, "seniority 'manager' +5")]
    [InlineData("region", "eu", 10, "region 'eu' +10")]
    [InlineData("size", "120", 15, "company size 'mid-market' +15")]
    [InlineData("size", "5000", 20, "company size 'enterprise' +20")]
    public void Score_OneMatchingRule_AddsItsPointsAndExplains(string questionId, string value, int points, string match)
    {
        var fit = Score(questionId, value);

        Assert.Equal(points, fit.Points);
        Assert.Equal([match], fit.Matches);
    }

    [Theory]
    [InlineData("industry", "other")]
    [InlineData("role", "individual")]
    [InlineData("region", "apac")]
    public void Score_ValueWithoutRule_ScoresNothing(string questionId, string value)
    {
        var fit = Score(questionId, value);

        Assert.Equal(0, fit.Points);
        Assert.Empty(fit.Matches);
    }

    [Fact]
    public void Score_StrongProspect_SumsAllRulesAndNamesSegment()
    {
        var fit = _scorer.Score(new LeadBuilder().WithAnswers(TestScript.StrongProspect).Build());

        Assert.Equal(20 + 15 + 15 + 10, fit.Points);
        Assert.Equal("mid-market", fit.Segment);
    }

    [Theory]
    [InlineData("Mid-Market", "mid-market")]
    [InlineData("50", "smb")]
    [InlineData("51", "mid-market")]
    [InlineData("500", "mid-market")]
    [InlineData("501", "enterprise")]
    [InlineData("lots", null)]
    [InlineData(null, null)]
    public void BandOf_NameOrHeadCount_FindsBand(string? companySize, string? band)
    {
        Assert.Equal(band, _scorer.BandOf(companySize)?.Name);
    }

    [Fact]
    public void Score_RuleKeysInOtherCase_StillMatch()
    {
        var options = TestOptions.Scoring();
        options.IdealCustomerProfile.Regions = new() { ["EU"] = 7 };

        var fit = new FitScorer(options).Score(new LeadBuilder().WithAnswer("region", "eu").Build());

        Assert.Equal(7, fit.Points);
    }
}
