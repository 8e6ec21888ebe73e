using System.Text.Json.Nodes;

namespace PipelineBot.Host.Tests.Cards;

public sealed class CardContentTests
{
    private static readonly string CardsFile = Path.Combine(AppContext.BaseDirectory, "dialogs", "cards.json");

    [Fact]
    public void VisitorCardKeys_ExistInEveryLanguageOfTheScript()
    {
        var byLocale = JsonNode.Parse(File.ReadAllText(CardsFile))!.AsObject();
        string[] repPrefixes = ["cards.lead.", "cards.handoff.", "cards.meeting.", "cards.deal.", "cards.report."];
        var visitorKeys = KeysOf(byLocale, "en").Where(k => !repPrefixes.Any(p => k.StartsWith(p, StringComparison.Ordinal))).ToList();

        Assert.Contains("cards.summary.title", visitorKeys);
        Assert.Equal(CardTestData.Definition.Content.Locales, CardTestData.Locales);
        foreach (var locale in CardTestData.Locales)
        {
            Assert.Empty(visitorKeys.Except(KeysOf(byLocale, locale)));
        }
    }

    [Fact]
    public void SummaryTitle_IsTranslated()
    {
        var titles = CardTestData.Locales.Select(l => CardTestData.Text.Get("cards.summary.title", l)).ToList();

        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.Contains(titles[2], c => c is >= '\u0400' and <= '\u04FF');
    }

    private static List<string> KeysOf(JsonObject byLocale, string locale) =>
        [.. byLocale[locale]!.AsObject().Select(p => p.Key)];
}
