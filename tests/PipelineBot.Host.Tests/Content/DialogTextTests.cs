using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PipelineBot.Host.Content;
using PipelineBot.Host.Tests.Infrastructure;

namespace PipelineBot.Host.Tests.Content;

public sealed partial class DialogTextTests
{
    private static readonly string ShippedDialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");

    [Fact]
    public void Get_KnownLocaleAndRegion_FallsBackToLanguageThenDefault()
    {
        var text = Load(ShippedDialogs);

        Assert.Equal("Спасибо, что уделили время! Если что-то изменится, просто возвращайтесь.", text.Get("qualify.outcome.cold", "ru-RU"));
        Assert.Equal("I can't find that lead any more. It may have been erased at the visitor's request.", text.Get("reps.lead.missing", "cs-CZ"));
        Assert.Equal("Welcome back, Ada! Good to see you again.", text.Get("qualify.welcome.back", "en-GB", new Dictionary<string, string> { ["name"] = "Ada" }));
    }

    [Fact]
    public void ShippedContent_EveryKeyTheCodeUses_ExistsInEveryLanguage()
    {
        var text = Load(ShippedDialogs);
        var sourceRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/PipelineBot.Host"));
        var keys = Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => ContentKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(keys);
        foreach (var locale in new[] { "en", "ru", "sr", "ro", "cs" })
        {
            foreach (var key in keys)
            {
                Assert.False(string.IsNullOrWhiteSpace(text.Get(key, locale)), $"{key} is missing in {locale}");
            }
        }
    }

    [Theory]
    [InlineData("{ \"en\": { \"a.b\": \"x\" ", "broken.json: line 1", "not valid JSON")]
    [InlineData("[1, 2]", "broken.json: $:", "expected an object")]
    [InlineData("{ \"en\": \"hello\" }", "broken.json: $.en:", "expected an object of content keys")]
    [InlineData("{ \"en\": { \"greeting\": 42 } }", "broken.json: $.en.greeting:", "expected a non-empty string")]
    public void Load_BrokenFile_FailsNamingFilePlaceAndProblem(string content, string place, string problem)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("broken.json"), content);

        var error = Assert.Throws<DialogContentException>(() => Load(folder.Path));

        Assert.Contains(place, error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Load_SameKeyInTwoFiles_FailsNamingBoth()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("a.json"), "{ \"en\": { \"welcome.new\": \"Hi\" } }");
        File.WriteAllText(folder.File("b.json"), "{ \"en\": { \"welcome.new\": \"Hello\" } }");

        var error = Assert.Throws<DialogContentException>(() => Load(folder.Path));

        Assert.Contains("b.json: $.en.welcome.new: the key is already defined in a.json", error.Message);
    }

    [Fact]
    public void HostStart_WithBrokenContent_StopsWithTheFileInTheMessage()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("broken.json"), "{ \"en\": ");
        using var factory = new PipelineBotFactory(folder.File("bot.db"), new Dictionary<string, string?> { ["Content:DialogsPath"] = folder.Path });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("broken.json", error.ToString());
    }

    private static DialogText Load(string folder) =>
        new(Options.Create(new ContentOptions { DialogsPath = folder, DefaultLocale = "en" }));

    [GeneratedRegex("\"((?:welcome|introduce|common|qualify|handoff|cards|reps|meeting)\\.[A-Za-z_.]+)\"")]
    private static partial Regex ContentKey();
}
