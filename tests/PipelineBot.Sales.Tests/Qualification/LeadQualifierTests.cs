using Microsoft.Extensions.Time.Testing;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;
using PipelineBot.Sales.Tests.Leads;

namespace PipelineBot.Sales.Tests.Qualification;

public class LeadQualifierTests
{
    private readonly FakeTimeProvider _time = new(LeadBuilder.Epoch);
    private readonly QualificationScript _script = TestScript.Bant();

    private static LeadBuilder Prospect((string, string)[] answers, params (string Question, string Value)[] overrides) =>
        new LeadBuilder().WithAnswers(answers.Where(a => overrides.All(o => o.Question != a.Item1))).WithAnswers(overrides);

    [Fact]
    public void Qualify_StrongProspect_BecomesSqlWithScoreByPart()
    {
        var lead = Prospect(TestScript.StrongProspect).WithInteractions(3).Build();

        var decision = new LeadQualifier(TestOptions.Scoring()).Qualify(lead, _script, _time.GetUtcNow());

        Assert.Equal(LeadStatus.Sql, decision.Outcome);
        Assert.Equal(new LeadScore(60, 6, 60, 126), decision.Score);
        Assert.Equal(["score 126 reaches the SQL threshold of 60"], decision.Reasons);
        Assert.Equal((LeadStatus.Sql, false), (lead.Status, lead.MarkedForNurture));
        Assert.Equal(decision.Score, lead.Score);
    }

    [Fact]
    public void Qualify_MiddlingProspect_BecomesMqlMarkedForNurture()
    {
        var lead = Prospect(TestScript.MiddlingProspect).Build();

        var decision = new LeadQualifier(TestOptions.Scoring()).Qualify(lead, _script, _time.GetUtcNow());

        Assert.Equal(LeadStatus.Mql, decision.Outcome);
        Assert.True(decision.Nurture);
        Assert.Equal((LeadStatus.Mql, true), (lead.Status, lead.MarkedForNurture));
        Assert.Equal("score 35 is below the SQL threshold of 60; marked for nurture", lead.History[^1].Reason);
    }

    [Fact]
    public void Qualify_TwoNegativeAnswers_ColdWithBothReasons()
    {
        var lead = Prospect(TestScript.StrongProspect, ("budget", "2000"), ("authority", "none")).Build();

        var decision = new LeadQualifier(TestOptions.Scoring()).Qualify(lead, _script, _time.GetUtcNow());

        Assert.Equal(LeadStatus.Cold, lead.Status);
        Assert.Equal(
            ["Budget: 2000 is below 10000 (budget)", "Authority: chose 'none', which counts as negative (authority)"],
            lead.Reasons);
        Assert.Equal(decision.Reasons, lead.Reasons);
        Assert.Equal(Actor.System, lead.History[^1].By);
    }

    [Fact]
    public void Qualify_OneNegativeAnswer_NotCold()
    {
        var lead = Prospect(TestScript.MiddlingProspect, ("timeline", "never")).Build();

        var decision = new LeadQualifier(TestOptions.Scoring()).Qualify(lead, _script, _time.GetUtcNow());

        Assert.Equal(LeadStatus.Mql, decision.Outcome);
        Assert.Equal(Verdict.Negative, decision.Bant.Timeline);
    }

    [Fact]
    public void Qualify_ColdProspectAskingForDemo_StaysCold()
    {
        var lead = Prospect(TestScript.StrongProspect, ("budget", "2000"), ("need", "none")).WithDemoRequest().Build();

        Assert.Equal(LeadStatus.Cold, new LeadQualifier(TestOptions.Scoring()).Qualify(lead, _script, _time.GetUtcNow()).Outcome);
    }

    [Fact]
    public void Qualify_MiddlingProspectAskingForDemo_BecomesSql()
    {
        var lead = Prospect(TestScript.MiddlingProspect).WithDemoRequest().Build();

        var decision = new LeadQualifier(TestOptions.Scoring()).Qualify(lead, _script, _time.GetUtcNow());

        Assert.Equal(LeadStatus.Sql, lead.Status);
        Assert.Equal(["asked for a demo"], decision.Reasons);
    }

    [Fact]
    public void Qualify_NurturedMqlLaterAsksForQuote_BecomesSql()
    {
        var lead = Prospect(TestScript.MiddlingProspect).Build();
        var qualifier = new LeadQualifier(TestOptions.Scoring());
        qualifier.Qualify(lead, _script, _time.GetUtcNow());

        lead.RequestQuote(_time.GetUtcNow());
        var decision = qualifier.Qualify(lead, _script, _time.GetUtcNow());

        Assert.Equal(LeadStatus.Sql, decision.Outcome);
        Assert.False(lead.MarkedForNurture);
    }

    [Fact]
    public void Qualify_NurturedMqlWithASecondNegativeLater_StaysMqlRescored_ForTheFunnelHasNoWayBackToCold()
    {
        var lead = Prospect(TestScript.MiddlingProspect, ("timeline", "never")).Build();
        var qualifier = new LeadQualifier(TestOptions.Scoring());
        qualifier.Qualify(lead, _script, _time.GetUtcNow());

        lead.RecordAnswer(_script.Find("budget")!, "2000", "2000", _time.GetUtcNow());
        var decision = qualifier.Qualify(lead, _script, _time.GetUtcNow());

        Assert.Equal(LeadStatus.Mql, decision.Outcome);
        Assert.Equal(LeadStatus.Mql, lead.Status);
        Assert.True(lead.MarkedForNurture);
        Assert.Equal(2, lead.Reasons.Count);
    }

    [Theory]
    [InlineData(35, LeadStatus.Sql)]
    [InlineData(36, LeadStatus.Mql)]
    public void Decide_ScoreAtSqlThreshold_IsSql(int sqlThreshold, LeadStatus outcome)
    {
        var lead = Prospect(TestScript.MiddlingProspect).Build();

        Assert.Equal(outcome, new LeadQualifier(TestOptions.Scoring(sqlThreshold: sqlThreshold)).Decide(lead, _script).Outcome);
    }

    [Fact]
    public void Decide_BelowMqlThreshold_ColdWithScoreReason()
    {
        var lead = Prospect(TestScript.MiddlingProspect).Build();

        var decision = new LeadQualifier(TestOptions.Scoring(mqlThreshold: 40, sqlThreshold: 80)).Decide(lead, _script);

        Assert.Equal(LeadStatus.Cold, decision.Outcome);
        Assert.Equal(["score 35 is below the MQL threshold of 40"], decision.Reasons);
    }

    [Fact]
    public void Decide_Weights_ScaleEachPart()
    {
        var options = TestOptions.Scoring();
        (options.FitWeight, options.EngagementWeight, options.AnswersWeight) = (0.5m, 0m, 2m);
        var lead = Prospect(TestScript.MiddlingProspect).WithInteractions(5).Build();

        var score = new LeadQualifier(options).Decide(lead, _script).Score;

        // fit 5 (retail) × 0.5 + engagement 10 × 0 + answers (email 5, budget 10, three choices 5 each) 30 × 2 = 62.5
        Assert.Equal(new LeadScore(5, 10, 30, 63), score);
    }

    [Fact]
    public void Decide_Engaged_DoesNotChangeLead()
    {
        var lead = Prospect(TestScript.StrongProspect).Build();

        new LeadQualifier(TestOptions.Scoring()).Decide(lead, _script);

        Assert.Equal((LeadStatus.Engaged, LeadScore.Zero), (lead.Status, lead.Score));
    }
}
