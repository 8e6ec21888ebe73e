using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Dialogs.Recognizers;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Tests.Content.Qualification;

public sealed class QualificationScriptLoaderTests
{
    private static readonly string[] Languages = ["en", "ru", "sr", "ro", "cs"];

    [Fact]
    public void Load_ShippedFile_AsksContactConsentThenBantInOrder()
    {
        var script = QualificationScriptLoader.Load(ShippedScript.Path).Script;

        Assert.Equal(
            ["consent", "name", "work-email", "company", "role", "budget", "authority", "need", "timeline", "company-size", "industry", "region"],
            script.Questions.Select(q => q.Id));
        Assert.Equal(LeadField.WorkEmail, script.Find("work-email")!.Field);
        Assert.Equal(PromptType.Confirm, script.Find("consent")!.PromptType);
        Assert.Equal(
            [BantDimension.Budget, BantDimension.Authority, BantDimension.Need, BantDimension.Timeline],
            script.Questions.Where(q => q.Dimension is not null).Select(q => q.Dimension!.Value));
    }

    [Fact]
    public void Load_ShippedFile_HasEveryLanguageForEveryTextAndChoice()
    {
        var definition = QualificationScriptLoader.Load(ShippedScript.Path);
        var content = definition.Content;

        Assert.Equal(Languages, content.Locales);
        foreach (var question in definition.Script.Questions)
        {
            foreach (var language in Languages)
            {
                var texts = new[]
                {
                    content.Label(question.Id, language), content.Ask(question.Id, language),
                    content.Retry(question.Id, language), content.Why(question.Id, language),
                };
                Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t)));
                if (language != "en")
                {
                    Assert.NotEqual(content.Ask(question.Id, "en"), content.Ask(question.Id, language));
                }
                var choices = content.Choices(question.Id, language);
                Assert.Equal(question.Choices.Select(c => c.Id), choices.Select(c => c.Id));
                Assert.All(choices, c => Assert.NotEmpty(c.Synonyms));
            }
        }
        Assert.Contains(content.Ask("name", "sr"), c => c is >= '\u0400' and <= '\u04FF');
    }

    [Fact]
    public void Load_ShippedFile_EveryTitleAndSynonymSaidAloneNamesOnlyItsChoice()
    {
        var definition = QualificationScriptLoader.Load(ShippedScript.Path);

        foreach (var question in definition.Script.Questions.Where(q => q.PromptType == PromptType.Choice))
        {
            foreach (var language in Languages)
            {
                var choices = definition.Content.Choices(question.Id, language);
                Choice[] offered = [.. choices.Select(c => new Choice(c.Title, c.Synonyms))];
                foreach (var (choice, index) in choices.Select((c, i) => (c, i)))
                {
                    foreach (var phrase in choice.Synonyms.Prepend(choice.Title))
                    {
                        var named = ChoiceRecognizer.FindMentions(phrase, offered).Select(m => offered[m.Index].Value).Distinct();
                        Assert.True(named.SequenceEqual([offered[index].Value]), $"{question.Id} ({language}): '{phrase}' names {string.Join(", ", named)}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Load_ShippedFile_LabelsEveryQuestionShortlyInEveryLanguage()
    {
        var definition = QualificationScriptLoader.Load(ShippedScript.Path);

        foreach (var question in definition.Script.Questions)
        {
            foreach (var language in Languages)
            {
                var label = definition.Content.Label(question.Id, language);
                Assert.InRange(label.Length, 2, 30);
                Assert.DoesNotContain('?', label);
            }
        }
        Assert.Equal(["Budget", "Бюджет", "Буџет", "Buget", "Rozpočet"], Languages.Select(l => definition.Content.Label("budget", l)));
        Assert.Equal("qualify.budget.label", QualificationContent.KeyFor("budget", "label"));
        Assert.Equal("Сроки", definition.Content.Get("qualify.timeline.label", "ru-RU"));
    }

    [Fact]
    public void Load_ShippedFile_JudgesNegativeAnswersByTheFilesRules()
    {
        var definition = QualificationScriptLoader.Load(ShippedScript.Path);
        var script = definition.Script;
        var noBudget = definition.Content.ValueSynonyms("budget", "cs").Single();

        Assert.Contains("nemáme rozpočet", noBudget.Synonyms);
        Assert.Equal(Verdict.Negative, script.Find("budget")!.Judge(noBudget.Value).Verdict);
        Assert.Equal(Verdict.Negative, script.Find("budget")!.Judge("4999").Verdict);
        Assert.Equal(Verdict.Positive, script.Find("budget")!.Judge("5000").Verdict);
        Assert.Equal(Verdict.Negative, script.Find("authority")!.Judge("researching").Verdict);
        Assert.Equal(Verdict.Negative, script.Find("need")!.Judge("just-browsing").Verdict);
        Assert.Equal(Verdict.Negative, script.Find("timeline")!.Judge("no-timeline").Verdict);
    }

    [Fact]
    public void Content_UnknownRegionOrLanguage_FallsBackToLanguageThenEnglish()
    {
        var content = QualificationScriptLoader.Load(ShippedScript.Path).Content;

        Assert.Equal("Как вас зовут?", content.Ask("name", "ru-RU"));
        Assert.Equal("Jak se jmenujete?", content.Get("qualify.name.ask", "CS-cz"));
        Assert.Equal("What's your name?", content.Ask("name", "de-DE"));
        Assert.Equal("What's your name?", content.Ask("name", null));
        Assert.Equal("Přehledy obchodního pipeline", content.Choices("need", "cs-CZ").Single(c => c.Id == "pipeline-reporting").Title);
        Assert.Equal("qualify.budget.why", QualificationContent.KeyFor("budget", "why"));
        Assert.Throws<KeyNotFoundException>(() => content.Ask("favourite-colour", "en"));
    }

    [Fact]
    public void Load_EditedCopy_ReflectsNewWordingAndWeightWithoutRebuild()
    {
        using var folder = new TempFolder();
        var path = folder.File("qualify-lead.yaml");
        var edited = ShippedScript.With("        en: Who makes the buying decision?", "        en: Who signs off on the purchase?")
            .Replace("    negativeBelow: 5000", "    negativeBelow: 20000", StringComparison.Ordinal)
            .Replace("      - id: decision-maker\n        weight: 20", "      - id: decision-maker\n        weight: 35", StringComparison.Ordinal);
        File.WriteAllText(path, edited);

        var definition = QualificationScriptLoader.Load(path);

        Assert.Equal("Who signs off on the purchase?", definition.Content.Ask("authority", "en-US"));
        Assert.Equal(20000m, definition.Script.Find("budget")!.NegativeBelow);
        Assert.Equal(Verdict.Negative, definition.Script.Find("budget")!.Judge("10000").Verdict);
        Assert.Equal(35, definition.Script.Find("authority")!.PointsFor("decision-maker"));
        Assert.Equal(path, definition.FilePath);
    }
}
