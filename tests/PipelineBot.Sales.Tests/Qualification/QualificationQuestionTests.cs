using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Sales.Tests.Qualification;

public class QualificationQuestionTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly QualificationScript _script = TestScript.Bant();

    private QualificationQuestion Q(string id) => _script.Find(id)!;

    [Theory]
    [InlineData("name", "Ann", null)]
    [InlineData("name", "   ", "is empty")]
    [InlineData("name", "<b>Ann</b>", "looks like markup")]
    [InlineData("name", "🙂🙂", "has no letters or digits")]
    [InlineData("name", "Ann\u0007", "contains control characters")]
    [InlineData("email", "a@b", "is not a valid email address (expected name@company.example)")]
    [InlineData("budget", "asdf", "is not a number")]
    [InlineData("budget", "-5", "is below the minimum of 0")]
    [InlineData("budget", "0", null)]
    [InlineData("need", "maybe", "is not one of: urgent, nice, none, unsure")]
    [InlineData("need", "URGENT", null)]
    [InlineData("consent", "perhaps", "is not yes or no")]
    public void FindProblem_Value_ExplainsOrAccepts(string questionId, string value, string? problem)
    {
        Assert.Equal(problem, Q(questionId).FindProblem(value));
    }

    [Fact]
    public void FindProblem_TenThousandCharacters_IsTooLong()
    {
        Assert.Equal("is longer than 100 characters", Q("name").FindProblem(new string('a', 10_000)));
    }

    [Fact]
    public void CreateAnswer_NegativeBudget_ThrowsWithProblemForReprompt()
    {
        var error = Assert.Throws<InvalidAnswerException>(() => Q("budget").CreateAnswer("-500", "-500", Now));

        Assert.Equal(("budget", "is below the minimum of 0"), (error.QuestionId, error.Problem));
        Assert.Equal("The answer to 'budget' is below the minimum of 0.", error.Message);
    }

    [Fact]
    public void CreateAnswer_ChoiceInOtherCase_NormalisesToChoiceId()
    {
        var answer = Q("need").CreateAnswer("Urgent!", " Urgent ", Now);

        Assert.Equal(new LeadAnswer("need", LeadField.None, PromptType.Choice, "Urgent!", "urgent", BantDimension.Need, Verdict.Positive, Now), answer);
    }

    [Fact]
    public void CreateAnswer_LongRawText_KeepsOnlyTheFirst500Characters()
    {
        var answer = Q("need").CreateAnswer(new string('x', 10_000), "urgent", Now);

        Assert.Equal(QualificationQuestion.MaxRawTextLength, answer.RawText!.Length);
    }

    [Theory]
    [InlineData("budget", "9999.99", Verdict.Negative, "9999.99 is below 10000")]
    [InlineData("budget", "10000", Verdict.Positive, "10000 is at least 10000")]
    [InlineData("authority", "none", Verdict.Negative, "chose 'none', which counts as negative")]
    [InlineData("need", "unsure", Verdict.Unknown, "chose 'unsure', which leaves it open")]
    [InlineData("timeline", "quarter", Verdict.Positive, "chose 'quarter'")]
    [InlineData("name", "Ann", Verdict.Unknown, "feeds no BANT dimension")]
    public void Judge_Value_GivesVerdictAndReason(string questionId, string value, Verdict verdict, string why)
    {
        Assert.Equal(new AnswerJudgement(verdict, why), Q(questionId).Judge(value));
    }

    [Theory]
    [InlineData(false, "no", Verdict.Negative)]
    [InlineData(false, "yes", Verdict.Positive)]
    [InlineData(true, "yes", Verdict.Negative)]
    public void Judge_ConfirmWithNegativeAnswer_NegativeOnlyForThatAnswer(bool negativeAnswer, string value, Verdict verdict)
    {
        var question = new QualificationQuestion
        {
            Id = "approved", Dimension = BantDimension.Budget, PromptType = PromptType.Confirm, NegativeAnswer = negativeAnswer,
        };

        Assert.Equal(verdict, question.Judge(value).Verdict);
    }

    [Fact]
    public void Judge_NumberWithoutRule_IsUnknown()
    {
        var question = new QualificationQuestion { Id = "seats", Dimension = BantDimension.Need, PromptType = PromptType.Number };

        Assert.Equal(Verdict.Unknown, question.Judge("40").Verdict);
    }

    [Theory]
    [InlineData("budget", "50000", 10)]
    [InlineData("budget", "500", 0)]
    [InlineData("need", "urgent", 15)]
    [InlineData("need", "none", 0)]
    [InlineData("email", "ann@acme.example", 5)]
    public void PointsFor_Value_ScoresChoiceOrQuestionWeight(string questionId, string value, int points)
    {
        Assert.Equal(points, Q(questionId).PointsFor(value));
    }
}
