using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Infrastructure;

namespace PipelineBot.Host.Tests.Content.Qualification;

/// <summary>Each broken edit of the shipped script fails with the file, the line and question, and what is wrong.</summary>
public sealed class QualificationScriptLoaderErrorTests
{
    public static TheoryData<string, string, string, string, string> BrokenEdits => new()
    {
        // find, replace with, line marker (the edited text, whose line is expected), place, problem
        { "    prompt: number", "    prompt: nunber", "    prompt: nunber", "question 6 ('budget'), prompt", "'nunber' is not a prompt type (expected one of: text, email, number, choice, confirm)" },
        { "  - id: timeline\n", "  - id: need\n", "  - id: need\n    dimension: timeline", "question 9 ('need')", "repeats the id of question 8" },
        { "        cs: Kolik zaměstnanců má vaše firma?\n", "", "        en: How many people work at your company?", "question 10 ('company-size'), text.ask", "has no 'cs' text, which 'en' has" },
        { "          sr: Само разгледам\n", "", "          en: Just browsing", "question 8 ('need'), choices[5] ('just-browsing').title", "has no 'sr' text, which 'en' has" },
        { "    field: company\n", "    field: company\n    negativeBelow: 3\n", "  - id: company", "question 4 ('company')", "sets negativeBelow, minimum or maximum but is a Text question" },
        { "    maxLength: 100\n", "    maxLenght: 100\n", "    maxLenght: 100", "question 2 ('name')", "unknown key 'maxLenght'" },
        { "    field: workEmail\n", "    field: email\n", "    field: email", "question 3 ('work-email'), field", "'email' is not a lead field" },
        { "      - value: 0\n", "      - value: -5\n", "-5\n", "question 6 ('budget'), valueSynonyms[1].value", "'-5' is below the minimum of 0" },
        { "          en: [browsing, just looking, nothing specific, curious]", "          en: [browsing, leads]", "      - id: just-browsing", "question 8 ('need'), choices[5] ('just-browsing')", "'leads' (en) also names the choice 'lead-capture'" },
        { "    field: region\n", "    field: region\n    negativeAnswer: maybe\n", "maybe", "question 12 ('region'), negativeAnswer", "'maybe' is not true or false" },
        { "        ru: Как вас зовут?", "        ru: Как вас зовут, {name}?", "{name}", "question 2 ('name'), text.ask.ru", "uses the placeholders [{name}] but 'en' uses []" },
        { "      label:\n        en: Budget\n        ru: Бюджет\n        sr: Буџет\n        ro: Buget\n        cs: Rozpočet\n", "", "      ask:\n        en: Roughly", "question 6 ('budget'), text", "missing required key 'label'" },
        { "        sr: Буџет\n", "", "        en: Budget\n", "question 6 ('budget'), text.label", "has no 'sr' text, which 'en' has" },
    };

    [Theory]
    [MemberData(nameof(BrokenEdits))]
    public void Load_BrokenEdit_FailsNamingFileLinePlaceAndProblem(string find, string replacement, string lineMarker, string place, string problem)
    {
        using var folder = new TempFolder();
        var path = folder.File("qualify-lead.yaml");
        var broken = ShippedScript.With(find, replacement);
        File.WriteAllText(path, broken);

        var error = Assert.Throws<QualificationScriptFileException>(() => QualificationScriptLoader.Load(path));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        var reported = Assert.Single(error.Problems);
        Assert.Contains($"line {ShippedScript.LineOf(broken, lineMarker)}, column", reported);
        Assert.Contains($"{place}: ", reported);
        Assert.Contains(problem, reported);
    }

    [Theory]
    [InlineData("locales: [en\nquestions: []\n", "line 1, column 10: not valid YAML")]
    [InlineData("locales: [en]\nquestions:\n  - id: a\n  prompt: text\n", "line 4, column 3: not valid YAML")]
    [InlineData("locales: [en]\nquestions:\n  - id: a\n    prompt: text\n    prompt: text\n", "line 5, column 5: not valid YAML")]
    [InlineData("", "the file is empty")]
    [InlineData("locales: [en]\nquestions: []\nextra: 1\n", "line 3, column 1: the file: unknown key 'extra'")]
    [InlineData("locales: [ru]\nquestions: []\n", "line 1, column 10: locales: must include 'en'")]
    [InlineData("locales: [en]\nquestions: []\n", "the script has no questions")]
    public void Load_BrokenFile_FailsNamingFilePlaceAndProblem(string yaml, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.File("broken.yaml");
        File.WriteAllText(path, yaml);

        var error = Assert.Throws<QualificationScriptFileException>(() => QualificationScriptLoader.Load(path));

        Assert.Contains(path, error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Load_SeveralProblems_ListsThemAll()
    {
        var broken = ShippedScript.With("    prompt: number", "    prompt: nunber")
            .Replace("    maxLength: 100\n", "    maxLenght: 100\n", StringComparison.Ordinal);

        var error = Assert.Throws<QualificationScriptFileException>(() => QualificationScriptLoader.Parse(broken, "edited.yaml"));

        Assert.Equal(2, error.Problems.Count);
        Assert.StartsWith("edited.yaml: 2 problems:", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown key 'maxLenght'", error.Message);
        Assert.Contains("'nunber' is not a prompt type", error.Message);
    }

    [Fact]
    public void Load_MissingFile_FailsNamingTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("nowhere.yaml");

        var error = Assert.Throws<QualificationScriptFileException>(() => QualificationScriptLoader.Load(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("cannot be read", error.Message);
    }
}
