using PipelineBot.Host.Cards;

namespace PipelineBot.Host.Tests.Cards;

public sealed class AnswerDisplayTests
{
    private readonly AnswerDisplay _display = CardTestData.Display;

    [Theory]
    [InlineData("en", "Capturing and qualifying website leads")]
    [InlineData("ru", "Сбор и квалификация заявок с сайта")]
    [InlineData("sr", "Прикупљање и квалификација упита са сајта")]
    [InlineData("cs-CZ", "Získávání a kvalifikace poptávek z webu")]
    public void Format_ChoiceAnswer_ShowsTheChoiceTitleInTheLanguage(string locale, string expected)
    {
        var lead = CardTestData.Lead(("need", "lead-capture"));

        Assert.Equal(expected, _display.Format(lead.Answers["need"], locale));
    }

    [Theory]
    [InlineData("yes", "en", "Yes")]
    [InlineData("yes", "ru", "Да")]
    [InlineData("yes", "cs", "Ano")]
    [InlineData("no", "sr", "Не")]
    [InlineData("no", "ro", "Nu")]
    public void Format_ConfirmAnswer_ShowsTheWordsOfTheBotsButtons(string value, string locale, string expected)
    {
        var lead = CardTestData.Lead(("consent", value));

        Assert.Equal(expected, _display.Format(lead.Answers["consent"], locale));
    }

    [Theory]
    [InlineData("50000", "en", "50,000")]
    [InlineData("50000", null, "50,000")]
    [InlineData("50000", "ru", "50\u00A0000")]
    [InlineData("50000", "cs", "50\u00A0000")]
    [InlineData("50000", "ro", "50.000")]
    [InlineData("50000", "sr", "50.000")]
    [InlineData("12500.5", "en-US", "12,500.5")]
    [InlineData("12500.5", "ru-RU", "12\u00A0500,5")]
    public void Format_NumberAnswer_UsesTheLocalesSeparatorsAndKeepsDecimals(string value, string? locale, string expected)
    {
        var lead = CardTestData.Lead(("budget", value));

        Assert.Equal(expected, _display.Format(lead.Answers["budget"], locale));
    }

    [Fact]
    public void Format_TextAndEmailAnswers_ShowAsGiven()
    {
        var lead = CardTestData.Lead(("consent", "yes"), ("name", "Ada Lovelace"), ("work-email", "ada@acme.example"));

        Assert.Equal("Ada Lovelace", _display.Format(lead.Answers["name"], "ru"));
        Assert.Equal("ada@acme.example", _display.Format(lead.Answers["work-email"], "ru"));
    }

    [Fact]
    public void Format_ErasedAnswer_ShowsThePlaceholderAndKeepsAnonymousOnes()
    {
        var lead = CardTestData.Lead(("consent", "yes"), ("name", "Ada Lovelace"), ("budget", "50000"));
        lead.ErasePersonalData(CardTestData.Now);

        Assert.Equal("(удалено)", _display.Format(lead.Answers["name"], "ru"));
        Assert.Equal("(removed)", _display.Format(lead.Answers["name"], "en"));
        Assert.Equal("50\u00A0000", _display.Format(lead.Answers["budget"], "ru"));
    }

    [Fact]
    public void Label_EveryQuestion_ExistsInAllFiveLanguages()
    {
        foreach (var question in CardTestData.Definition.Script.Questions)
        {
            foreach (var locale in CardTestData.Locales)
            {
                Assert.False(string.IsNullOrWhiteSpace(_display.Label(question.Id, locale)), $"{question.Id} has no {locale} label");
            }
        }
        Assert.Equal(["Budget", "Бюджет", "Буџет", "Buget", "Rozpočet"], CardTestData.Locales.Select(l => _display.Label("budget", l)));
    }
}
