using PipelineBot.Runtime.Dialogs.Recognizers;

namespace PipelineBot.Runtime.Tests.Dialogs.Recognizers;

public class ChoiceRecognizerTests
{
    private static readonly Choice[] Quarters =
    [
        new("This quarter", ["Q1", "current quarter"]),
        new("Next quarter", ["Q2"]),
        new("Later"),
    ];

    private static readonly Choice[] Russian = [new("Этот квартал"), new("Следующий квартал"), new("Позже")];
    private static readonly Choice[] Serbian = [new("Овај квартал"), new("Следећи квартал"), new("Касније")];
    private static readonly Choice[] Romanian = [new("Trimestrul acesta"), new("Trimestrul următor"), new("Mai târziu")];
    private static readonly Choice[] Czech = [new("Tento kvartál"), new("Příští kvartál"), new("Později")];

    [Theory]
    [InlineData("This quarter", "en-US", 0, 1.0)]
    [InlineData("  this QUARTER!! ", "en-US", 0, 1.0)]
    [InlineData("q2", "en-US", 1, 1.0)]
    [InlineData("Current quarter.", "en-US", 0, 1.0)]
    [InlineData("later", "en-US", 2, 1.0)]
    [InlineData("2", "en-US", 1, 1.0)]
    [InlineData("#3", "en-US", 2, 1.0)]
    [InlineData("2.", "en-US", 1, 1.0)]
    [InlineData("number 2", "en-US", 1, 1.0)]
    [InlineData("second", "en-US", 1, 1.0)]
    [InlineData("the 2nd one", "en-US", 1, 1.0)]
    [InlineData("the first", "en-US", 0, 1.0)]
    [InlineData("the last one", "en-US", 2, 1.0)]
    [InlineData("nxt quarter", "en-US", 1, 11.0 / 12)]
    [InlineData("Thsi quarter", "en-US", 0, 11.0 / 12)]
    [InlineData("latr", "en-US", 2, 0.8)]
    [InlineData("первый", "ru-RU", 0, 1.0)]
    [InlineData("вторая", "ru-RU", 1, 1.0)]
    [InlineData("второе", "ru-RU", 1, 1.0)]
    [InlineData("третий", "ru-RU", 2, 1.0)]
    [InlineData("следующий квартал", "ru-RU", 1, 1.0)]
    [InlineData("позже", "ru-RU", 2, 1.0)]
    [InlineData("№ 3", "ru-RU", 2, 1.0)]
    [InlineData("others", "ru-RU", -1, 0)]
    [InlineData("други", "sr-Cyrl-RS", 1, 1.0)]
    [InlineData("друга", "sr-Cyrl-RS", 1, 1.0)]
    [InlineData("први", "sr-Cyrl-RS", 0, 1.0)]
    [InlineData("treći", "sr-Latn-RS", 2, 1.0)]
    [InlineData("касније", "sr", 2, 1.0)]
    [InlineData("овај квартал", "sr-Cyrl", 0, 1.0)]
    [InlineData("број 2", "sr-Cyrl-RS", 1, 1.0)]
    [InlineData("шести", "sr-Cyrl-RS", -1, 0)]
    [InlineData("al doilea", "ro-RO", 1, 1.0)]
    [InlineData("a doua", "ro-RO", 1, 1.0)]
    [InlineData("primul", "ro-RO", 0, 1.0)]
    [InlineData("al treilea", "ro-RO", 2, 1.0)]
    [InlineData("trimestrul urmator", "ro-RO", 1, 1.0)]
    [InlineData("mai tarziu", "ro-RO", 2, 1.0)]
    [InlineData("varianta 3", "ro-RO", 2, 1.0)]
    [InlineData("al cincilea", "ro-RO", -1, 0)]
    [InlineData("druhý", "cs-CZ", 1, 1.0)]
    [InlineData("druhá", "cs-CZ", 1, 1.0)]
    [InlineData("první", "cs-CZ", 0, 1.0)]
    [InlineData("třetí", "cs-CZ", 2, 1.0)]
    [InlineData("pristi kvartal", "cs-CZ", 1, 1.0)]
    [InlineData("Později", "cs-CZ", 2, 1.0)]
    [InlineData("možnost 1", "cs-CZ", 0, 1.0)]
    [InlineData("pátý", "cs-CZ", -1, 0)]
    public void Recognize_Table_PicksChoice(string text, string locale, int expectedIndex, double expectedScore)
    {
        var choices = (locale.Split('-')[0]) switch
        {
            "ru" => Russian,
            "sr" => Serbian,
            "ro" => Romanian,
            "cs" => Czech,
            _ => Quarters,
        };

        var found = ChoiceRecognizer.Recognize(text, choices, locale);

        if (expectedIndex < 0)
        {
            Assert.Null(found);
            return;
        }
        Assert.NotNull(found);
        Assert.Equal(expectedIndex, found.Index);
        Assert.Equal(choices[expectedIndex].Value, found.Value);
        Assert.Equal(expectedScore, found.Score, 3);
    }

    [Theory]
    [InlineData("I think this quarter works", 0, "This quarter")]
    [InlineData("let's do Q2 please", 1, "Q2")]
    [InlineData("maybe the current quarter then", 0, "current quarter")]
    [InlineData("later is fine", 2, "Later")]
    public void Recognize_ContainedTitle_ScoresByCoverage(string text, int expectedIndex, string synonym)
    {
        var found = ChoiceRecognizer.Recognize(text, Quarters, "en-US");

        Assert.NotNull(found);
        Assert.Equal(expectedIndex, found.Index);
        Assert.Equal(synonym, found.Synonym);
        Assert.InRange(found.Score, 0.1, 0.99);
    }

    [Theory]
    [InlineData("this quarter or next quarter")]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("1 or 2")]
    [InlineData("asdf")]
    [InlineData("quarter")]
    [InlineData("\U0001F914")]
    public void Recognize_NoOrAmbiguousMatch_ReturnsNull(string text)
    {
        Assert.Null(ChoiceRecognizer.Recognize(text, Quarters, "en-US"));
    }

    [Fact]
    public void Recognize_MisspellingCloseToTwoChoices_ReturnsNull()
    {
        Choice[] choices = [new("Card"), new("Cart")];

        Assert.Null(ChoiceRecognizer.Recognize("Carx", choices, "en-US"));
    }

    [Fact]
    public void Recognize_ShortTitleMisspelled_IsNotGuessed()
    {
        Choice[] choices = [new("Yes"), new("No")];

        Assert.Null(ChoiceRecognizer.Recognize("Yse", choices, "en-US"));
    }
}
