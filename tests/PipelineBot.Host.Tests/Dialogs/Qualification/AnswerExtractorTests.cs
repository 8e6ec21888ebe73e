using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Dialogs.Qualification;
using PipelineBot.Host.Tests.Content.Qualification;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Tests.Dialogs.Qualification;

/// <summary>Extraction over the shipped script and wording, asked the way the dialog would: everything else is open.</summary>
public sealed class AnswerExtractorTests
{
    private static readonly QualificationDefinition Shipped = QualificationScriptLoader.Load(ShippedScript.Path);

    [Theory]
    [InlineData("I'm the CTO and we have about 50k", "en-US")]
    [InlineData("Я технический директор, бюджет около 50 тысяч долларов", "ru-RU")]
    [InlineData("Ја сам технички директор, имамо око 50 хиљада евра", "sr-Cyrl-RS")]
    [InlineData("Sunt CTO și avem cam 50 de mii de euro", "ro-RO")]
    [InlineData("Jsem technický ředitel a máme zhruba 50 tisíc Kč", "cs-CZ")]
    public void Extract_RoleAndBudgetInOneSentence_FillsWhicheverWasNotAsked(string text, string locale)
    {
        var askedRole = Extract(text, locale, current: "role");
        var askedBudget = Extract(text, locale, current: "budget");

        Assert.Equal(["budget=50000"], askedRole);
        Assert.Equal(["role=executive"], askedBudget);
    }

    [Theory]
    [InlineData("I'm a VP of sales", "en-US", "director")]
    [InlineData("head of marketing here", "en-US", "director")]
    [InlineData("Managing director, and the founder", "en-US", "executive")]
    [InlineData("I'm a product manager", "en-US", "manager")]
    [InlineData("Я директор по маркетингу", "ru-RU", "director")]
    [InlineData("Я основатель компании", "ru-RU", "executive")]
    [InlineData("Ја сам оснивач", "sr-Cyrl-RS", "executive")]
    [InlineData("Ја сам директор продаје", "sr-Cyrl-RS", "director")]
    [InlineData("Sunt director de vânzări", "ro-RO", "director")]
    [InlineData("Sunt director tehnic", "ro-RO", "executive")]
    [InlineData("Jsem obchodní ředitel", "cs-CZ", "director")]
    [InlineData("Jsem zakladatel firmy", "cs-CZ", "executive")]
    public void Extract_RoleWordsVisitorsUse_FillRole(string text, string locale, string role)
    {
        Assert.Equal([$"role={role}"], Extract(text, locale, current: "need"));
    }

    [Theory]
    [InlineData("we are 50 people", "en-US")]
    [InlineData("we have 50000 for this", "en-US")]
    [InlineData("нас 50 человек", "ru-RU")]
    [InlineData("between 20k and 50k", "en-US")]
    [InlineData("our budget is -5k", "en-US")]
    public void Extract_CountRangeOrNegative_FillsNoBudget(string text, string locale)
    {
        Assert.DoesNotContain(Extract(text, locale, current: "role"), a => a.StartsWith("budget=", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_NegativeAmount_IsRefusedByTheQuestionsRules()
    {
        Assert.NotNull(Question("budget").FindProblem("-5000"));
    }

    [Theory]
    [InlineData("we have no budget yet, I'm just a student", "en-US", "role=other;budget=0")]
    [InlineData("бюджета нет", "ru-RU", "budget=0")]
    [InlineData("We're an IT company in the US", "en-US", "industry=software;region=north-america")]
    [InlineData("let us know if it works for me", "en-US", "")]
    [InlineData("Я думаю, это интересно", "ru-RU", "")]
    [InlineData("Я сам решу", "ru-RU", "authority=decision-maker")]
    [InlineData("manager or director", "en-US", "")]
    [InlineData("другое", "ru-RU", "")]
    [InlineData("we're 500+ people", "en-US", "")]
    [InlineData("we need lead capture", "en-US", "need=lead-capture")]
    [InlineData("my manager decides", "en-US", "authority=researching")]
    public void Extract_WhatIsPlainlySaid_FillsOnlyThat(string text, string locale, string expected)
    {
        Assert.Equal(expected, string.Join(';', Extract(text, locale, current: "consent")));
    }

    [Fact]
    public void Extract_WordsTheCurrentAnswerUsed_FillNothingElse()
    {
        Assert.Empty(Extract("my manager", "en-US", current: "authority"));
    }

    [Theory]
    [InlineData("sure, it's Ann.Lee@Acme.example.", "work-email=ann.lee@acme.example")]
    [InlineData("<ann@acme.example>", "work-email=ann@acme.example")]
    [InlineData("ann@acme.example or ann@home.example", "")]
    [InlineData("write to ann@localhost", "")]
    [InlineData("I'm @ann on slack", "")]
    public void Extract_EmailInText_FillsTheEmailQuestion(string text, string expected)
    {
        Assert.Equal(expected, string.Join(';', Extract(text, "en-US", current: "name")));
    }

    [Fact]
    public void Extract_ChoiceOfQuestionNotOpen_IsIgnored()
    {
        var found = AnswerExtractor.Extract("I'm the CTO", "en-US", Shipped, [Question("budget"), Question("need")], Question("company"));

        Assert.Empty(found);
    }

    [Fact]
    public void Extract_CurrentQuestionListedAsOpen_IsNotFilled()
    {
        var found = AnswerExtractor.Extract("I'm the CTO", "en-US", Shipped, [Question("role")], Question("role"));

        Assert.Empty(found);
    }

    public static TheoryData<string> OddInputs() => new()
    {
        "\U0001F600\U0001F44D\U0001F3FD",
        string.Concat(Enumerable.Repeat("I'm the CTO, we have 50k. ", 400))[..10_000],
        "<div class=\"x\"><br/></div> &nbsp; <at>PipelineBot</at> <script>alert(1)</script>",
        "\uD800 lone surrogate \u0000 nul -−$€ k m 1,,,2...3",
    };

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void Extract_OddInput_FindsNothingAndDoesNotThrow(string text)
    {
        foreach (var locale in new[] { null, "en-US", "ru-RU", "sr-Cyrl-RS", "ro-RO", "cs-CZ", "xx" })
        {
            Assert.Empty(AnswerExtractor.Extract(text, locale, Shipped, Shipped.Script.Questions));
        }
    }

    [Fact]
    public void Extract_AmountTheCurrentNumberQuestionRead_FillsNoOtherNumberQuestion()
    {
        var seats = "  - id: seats\n    prompt: number\n    minimum: 0\n    text:\n"
            + string.Concat(new[] { "ask", "retry", "why", "label" }.Select(p => $"      {p}: {{en: x, ru: x, sr: x, ro: x, cs: x}}\n"));
        var definition = QualificationScriptLoader.Parse(ShippedScript.With("  - id: authority\n", seats + "  - id: authority\n"), "two-numbers.yaml");
        var budget = definition.Script.Find("budget")!;
        var others = definition.Script.Questions.Where(q => q != budget).ToList();

        Assert.Empty(AnswerExtractor.Extract("$50k", "en-US", definition, others, budget));
        Assert.Empty(AnswerExtractor.Extract("$50k", "en-US", definition, definition.Script.Questions));
    }

    private static List<string> Extract(string text, string locale, string current)
    {
        var asked = Question(current);
        var open = Shipped.Script.Questions.Where(q => q != asked).ToList();
        return [.. AnswerExtractor.Extract(text, locale, Shipped, open, asked).Select(a => $"{a.Question.Id}={a.Value}")];
    }

    private static QualificationQuestion Question(string id) => Shipped.Script.Find(id)!;
}
