using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Infrastructure;

namespace PipelineBot.Host.Tests.Content.Qualification;

/// <summary>
/// Sales ops edit a copy of the script and point <c>Qualification:ScriptPath</c> at it: the bot says the new words
/// after a restart, no rebuild; a broken edit stops the host with the file, the line and the problem.
/// </summary>
public sealed class EditedScriptTests
{
    private const string ShippedNameAsk = "        en: What's your name?\n";

    [Fact]
    public async Task EditedAskText_IsWhatTheBotAsks()
    {
        using var folder = new TempFolder();
        var path = folder.File("qualify-lead.yaml");
        await File.WriteAllTextAsync(path, ShippedScript.With(ShippedNameAsk, "        en: Who do I have the pleasure of talking to?\n"));
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?> { ["Qualification:ScriptPath"] = path });
        var visitor = host.NewVisitor();
        await visitor.JoinAsync();

        var replies = await visitor.SayAsync("yes");

        Assert.Equal(["Who do I have the pleasure of talking to?"], replies);
    }

    public static TheoryData<string, string, string, string> BrokenEdits => new()
    {
        // find, replace with, line marker (the edited text, whose line is expected), problem
        { "    prompt: text\n    maxLength: 100\n", "    prompt: choice\n", "  - id: name\n", "question 2 ('name'): is a Choice question without choices" },
        { ShippedNameAsk, "        en: [What's your name?\n", "        en: [What's", "not valid YAML" },
    };

    [Theory]
    [MemberData(nameof(BrokenEdits))]
    public void BrokenEdit_StopsHostStart_NamingTheFileAndLine(string find, string replacement, string lineMarker, string problem)
    {
        using var folder = new TempFolder();
        var path = folder.File("qualify-lead.yaml");
        var broken = ShippedScript.With(find, replacement);
        File.WriteAllText(path, broken);
        using var factory = new PipelineBotFactory(folder.File("bot.db"), new Dictionary<string, string?> { ["Qualification:ScriptPath"] = path });

        var error = Assert.Throws<QualificationScriptFileException>(() => factory.CreateClient());

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Contains($"line {ShippedScript.LineOf(broken, lineMarker)}, column", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
