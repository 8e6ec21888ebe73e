using PipelineBot.Runtime.Dialogs.Recognizers;

namespace PipelineBot.Runtime.Tests.Dialogs.Recognizers;

public class ChoiceRecognizerFindMentionsTests
{
    private static readonly Choice[] Roles =
    [
        new("C-level", ["CEO", "CTO", "генеральный директор", "generální ředitel"]),
        new("Director", ["VP", "head of", "директор", "ředitel"]),
        new("Manager", ["team lead", "head of team"]),
    ];

    [Theory]
    [InlineData("I'm the CTO and we have about 50k", 0, "CTO", "CTO")]
    [InlineData("Our VP, Ann, asked me to look", 1, "VP", "VP")]
    [InlineData("I am head of sales", 1, "head of", "head of")]
    [InlineData("Я генеральный директор компании", 0, "генеральный директор", "генеральный директор")]
    [InlineData("Jsem GENERALNI  REDITEL firmy", 0, "generální ředitel", "GENERALNI  REDITEL")]
    [InlineData("директор по развитию", 1, "директор", "директор")]
    [InlineData("head of team here", 2, "head of team", "head of team")]
    public void FindMentions_SentenceNamesOneChoice_ReportsItWithPosition(string text, int index, string synonym, string matched)
    {
        var mention = Assert.Single(ChoiceRecognizer.FindMentions(text, Roles));

        Assert.Equal(index, mention.Index);
        Assert.Equal(Roles[index].Value, mention.Value);
        Assert.Equal(synonym, mention.Synonym);
        Assert.Equal(matched, text.Substring(mention.Start, mention.Length));
    }

    [Fact]
    public void FindMentions_TwoChoices_ReportsBothInReadingOrder()
    {
        var mentions = ChoiceRecognizer.FindMentions("manager or director?", Roles);

        Assert.Equal([2, 1], mentions.Select(m => m.Index));
        Assert.Equal([0, 11], mentions.Select(m => m.Start));
        Assert.Equal([7, 8], mentions.Select(m => m.Length));
    }

    [Fact]
    public void FindMentions_ChoiceNamedTwice_ReportsEachPlace()
    {
        var mentions = ChoiceRecognizer.FindMentions("CTO, well, acting cto", Roles);

        Assert.Equal([0, 18], mentions.Select(m => m.Start));
        Assert.All(mentions, m => Assert.Equal(0, m.Index));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("the second one")]
    [InlineData("Directr")]
    [InlineData("directors")]
    [InlineData("CTOs")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("\U0001F600\U0001F44D")]
    public void FindMentions_PositionMisspellingOrPartWord_FindsNothing(string? text)
    {
        Assert.Empty(ChoiceRecognizer.FindMentions(text, Roles));
    }

    [Fact]
    public void FindMentions_NoChoices_FindsNothing()
    {
        Assert.Empty(ChoiceRecognizer.FindMentions("CTO", []));
    }

    [Fact]
    public void FindMentions_PunctuationBetweenWords_StillMatchesPhrase()
    {
        var mention = Assert.Single(ChoiceRecognizer.FindMentions("Team-lead!", Roles));

        Assert.Equal(2, mention.Index);
        Assert.Equal((0, 9), (mention.Start, mention.Length));
    }
}
