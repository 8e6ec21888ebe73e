using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;
using PipelineBot.Sales.Tests.Leads;

namespace PipelineBot.Sales.Tests.Qualification;

public class QualificationScriptTests
{
    private static QualificationScriptException Invalid(params QualificationQuestion[] questions) =>
        Assert.Throws<QualificationScriptException>(() => new QualificationScript(questions));

    [Fact]
    public void Constructor_TestScript_KeepsOrder()
    {
        var script = TestScript.Bant();

        Assert.Equal(["name", "email", "company"], script.Questions.Take(3).Select(q => q.Id));
        Assert.Equal(8, script.IndexOf("budget"));
        Assert.Equal(-1, script.IndexOf("missing"));
        Assert.Null(script.Find("missing"));
    }

    [Fact]
    public void Constructor_NoQuestions_Throws()
    {
        Assert.Equal(["the script has no questions"], Invalid().Problems);
    }

    [Fact]
    public void Constructor_DuplicateId_NamesBothPositions()
    {
        var error = Invalid(new() { Id = "budget" }, new() { Id = "need" }, new() { Id = "budget" });

        Assert.Equal(["question 3 ('budget'): repeats the id of question 1"], error.Problems);
        Assert.Contains("The qualification script is invalid:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BlankId_NamesPosition()
    {
        Assert.Equal(["question 1: has no id"], Invalid(new QualificationQuestion { Id = " " }).Problems);
    }

    [Fact]
    public void Constructor_SlotFilledTwice_Throws()
    {
        var error = Invalid(new() { Id = "name", Field = LeadField.Name }, new() { Id = "full-name", Field = LeadField.Name });

        Assert.Equal(["question 2 ('full-name'): fills Name, which question 1 already fills"], error.Problems);
    }

    [Theory]
    [InlineData(PromptType.Choice, "is a Choice question without choices")]
    [InlineData(PromptType.Text, "sets negativeBelow, minimum or maximum but is a Text question")]
    public void Constructor_RuleForWrongPromptType_ExplainsMismatch(PromptType type, string problem)
    {
        var question = new QualificationQuestion { Id = "q", PromptType = type, NegativeBelow = type == PromptType.Text ? 5 : null };

        Assert.Equal([$"question 1 ('q'): {problem}"], Invalid(question).Problems);
    }

    [Fact]
    public void Constructor_ChoicesOnNumberQuestion_Throws()
    {
        var question = new QualificationQuestion { Id = "q", PromptType = PromptType.Number, Choices = [new() { Id = "a" }] };

        Assert.Equal(["question 1 ('q'): has choices but is a Number question"], Invalid(question).Problems);
    }

    [Fact]
    public void Constructor_EmailSlotAsText_Throws()
    {
        var error = Invalid(new QualificationQuestion { Id = "email", Field = LeadField.WorkEmail });

        Assert.Equal(["question 1 ('email'): fills WorkEmail as a Text question; a work email is asked as an Email question"], error.Problems);
    }

    [Fact]
    public void Constructor_SeveralProblems_ListsThemAll()
    {
        var error = Invalid(
            TestScript.Choice("need", LeadField.None, BantDimension.Need, ("a", 0, Verdict.Positive), ("A", 0, Verdict.Positive)),
            new() { Id = "budget", PromptType = PromptType.Number, Minimum = 10, Maximum = 1 },
            new() { Id = "consent", Field = LeadField.Consent, NegativeAnswer = true });

        Assert.Equal(
        [
            "question 1 ('need'): choice 2 repeats the id 'A'",
            "question 2 ('budget'): has a minimum (10) above its maximum (1)",
            "question 3 ('consent'): sets negativeAnswer but is a Text question",
            "question 3 ('consent'): fills Consent as a Text question; consent is asked as a Confirm question",
        ], error.Problems);
    }

    [Fact]
    public void NextQuestionFor_LeftAfterQuestionTwo_ResumesAtQuestionThree()
    {
        var lead = new LeadBuilder().WithAnswer("name", "Ann").WithEmail("ann@acme.example").Build();

        Assert.Equal("company", TestScript.Bant().NextQuestionFor(lead)?.Id);
    }

    [Fact]
    public void NextQuestionFor_SlotAlreadyKnown_SkipsItsQuestion()
    {
        var script = new QualificationScript([
            new() { Id = "work-email", Field = LeadField.WorkEmail, PromptType = PromptType.Email },
            new() { Id = "name", Field = LeadField.Name },
        ]);
        var lead = new LeadBuilder().WithEmail("ann@acme.example").Build();

        Assert.Equal("name", script.NextQuestionFor(lead)?.Id);
    }

    [Fact]
    public void NextQuestionFor_AllAnswered_Null()
    {
        var lead = new LeadBuilder().WithAnswers(TestScript.StrongProspect).Build();

        Assert.Null(TestScript.Bant().NextQuestionFor(lead));
    }

    [Fact]
    public void AnswerPoints_StrongProspect_SumsCurrentWeights()
    {
        var lead = new LeadBuilder().WithAnswers(TestScript.StrongProspect).Build();

        // email 5 + role executive 10 + budget 10 + authority decide 10 + need urgent 15 + timeline quarter 10
        Assert.Equal(60, TestScript.Bant().AnswerPoints(lead.Answers.Values));
    }
}
