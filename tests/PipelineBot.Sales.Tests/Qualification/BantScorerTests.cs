using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;
using PipelineBot.Sales.Tests.Leads;

namespace PipelineBot.Sales.Tests.Qualification;

public class BantScorerTests
{
    private readonly BantScorer _scorer = new(TestOptions.Scoring());
    private readonly QualificationScript _script = TestScript.Bant();

    private BantVerdict Score(params (string Question, string Value)[] answers) =>
        _scorer.Score(_script, new LeadBuilder().WithAnswers(answers).Build().Answers.Values);

    [Fact]
    public void Score_AllBantCriteriaMet_AllPositiveNotCold()
    {
        var verdict = Score(("budget", "50000"), ("authority", "decide"), ("need", "urgent"), ("timeline", "quarter"));

        Assert.Equal((Verdict.Positive, Verdict.Positive, Verdict.Positive, Verdict.Positive),
            (verdict.Budget, verdict.Authority, verdict.Need, verdict.Timeline));
        Assert.False(verdict.IsCold);
        Assert.Empty(verdict.NegativeReasons);
    }

    [Fact]
    public void Score_NoAnswers_AllUnknown()
    {
        var verdict = Score();

        Assert.All(Enum.GetValues<BantDimension>(), d => Assert.Equal(Verdict.Unknown, verdict.For(d)));
        Assert.False(verdict.IsCold);
    }

    [Fact]
    public void Score_BudgetBelowNegativeRule_BudgetNegativeWithReason()
    {
        var verdict = Score(("budget", "5000"));

        Assert.Equal(Verdict.Negative, verdict.Budget);
        Assert.Equal([new BantReason(BantDimension.Budget, "budget", "5000 is below 10000")], verdict.NegativeReasons);
    }

    [Fact]
    public void Score_OneNegative_NotCold()
    {
        var verdict = Score(("budget", "5000"), ("authority", "decide"), ("need", "urgent"));

        Assert.Equal(1, verdict.NegativeCount);
        Assert.False(verdict.IsCold);
    }

    [Fact]
    public void Score_TwoNegatives_ColdWithBothReasons()
    {
        var verdict = Score(("timeline", "never"), ("budget", "5000"), ("need", "urgent"));

        Assert.True(verdict.IsCold);
        Assert.Equal(
            ["Budget: 5000 is below 10000 (budget)", "Timeline: chose 'never', which counts as negative (timeline)"],
            verdict.NegativeReasons.Select(r => r.ToString()));
    }

    [Fact]
    public void Score_UnsureChoice_LeavesDimensionUnknown()
    {
        Assert.Equal(Verdict.Unknown, Score(("need", "unsure")).Need);
    }

    [Fact]
    public void Score_TwoNegativeAnswersInOneDimension_CountOnce()
    {
        var script = new QualificationScript([
            TestScript.Choice("need", LeadField.None, BantDimension.Need, ("none", 0, Verdict.Negative)),
            TestScript.Choice("pain", LeadField.None, BantDimension.Need, ("none", 0, Verdict.Negative)),
        ]);
        var lead = new LeadBuilder().WithScript(script).WithAnswer("need", "none").WithAnswer("pain", "none").Build();

        var verdict = _scorer.Score(script, lead.Answers.Values);

        Assert.Equal(1, verdict.NegativeCount);
        Assert.Equal(2, verdict.NegativeReasons.Count);
        Assert.False(verdict.IsCold);
    }

    [Fact]
    public void Score_ThresholdLoweredInScript_RejudgesStoredAnswer()
    {
        var answers = new LeadBuilder().WithAnswer("budget", "5000").Build().Answers.Values;
        var relaxed = new QualificationScript(TestScript.Questions().Select(q => q.Id == "budget"
            ? new QualificationQuestion { Id = "budget", Dimension = BantDimension.Budget, PromptType = PromptType.Number, NegativeBelow = 1000 }
            : q));

        Assert.Equal(Verdict.Positive, _scorer.Score(relaxed, answers).Budget);
    }

    [Fact]
    public void Score_QuestionRemovedFromScript_KeepsStoredVerdict()
    {
        var answers = new LeadBuilder().WithAnswer("budget", "5000").Build().Answers.Values;
        var withoutBudget = new QualificationScript(TestScript.Questions().Where(q => q.Id != "budget"));

        var verdict = _scorer.Score(withoutBudget, answers);

        Assert.Equal(Verdict.Negative, verdict.Budget);
        Assert.Equal("judged Negative when answered", verdict.NegativeReasons.Single().Why);
    }
}
