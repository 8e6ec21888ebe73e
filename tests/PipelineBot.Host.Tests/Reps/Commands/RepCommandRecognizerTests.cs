using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PipelineBot.Host.Content;
using PipelineBot.Host.Reps.Commands;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Tests.Reps.Commands;

/// <summary>The recogniser over the shipped phrases: the phrasing table, ambiguity, unknown names, mentions and limits.</summary>
public sealed class RepCommandRecognizerTests
{
    private static readonly RepCommandRecognizer Recognizer = new(ShippedText());

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Recognize_Phrasing_ReadsTheCommandAndItsArguments(string text, string locale, string expected)
    {
        Assert.Equal(expected, CommandDescription.Of(Recognizer.Recognize(text, Context(locale))));
    }

    [Fact]
    public void PhrasingTable_CoversEveryCommandInEveryLanguage()
    {
        Assert.True(RepCommandPhrasings.All.Length >= 60);
        Assert.Equal(["cs", "en", "ro", "ru", "sr"], RepCommandPhrasings.All.Select(p => p.Locale[..2]).Distinct().Order());
        string[] commands = ["stuck", "summary", "advance", "won", "lost", "note", "next step", "show", "forecast", "metrics", "ideal", "call today", "help"];
        Assert.All(commands, c => Assert.Contains(RepCommandPhrasings.All, p => p.Expected.StartsWith(c, StringComparison.Ordinal)));
    }

    [Fact]
    public void Recognize_NameSharedByTwoDeals_ReturnsBothToChooseFrom()
    {
        var context = Context("en-US") with { DealNames = ["Acme Analytics Ltd", "Acme Robotics GmbH", "Globex"] };

        Assert.Equal("show Acme Analytics Ltd | Acme Robotics GmbH", CommandDescription.Of(Recognizer.Recognize("show acme", context)));
        Assert.Equal("show Acme Robotics GmbH", CommandDescription.Of(Recognizer.Recognize("show acme robotcs", context)));
    }

    [Theory]
    [InlineData("move acme analytcs to proposal", "advance Acme Analytics Ltd to Proposal")]
    [InlineData("show AcmeAnalytics", "show Acme Analytics Ltd")]
    [InlineData("show number1234 holdings", "show Company Number1234 Holdings Ltd")]
    [InlineData("mark Company Number1999 Holding as won", "won Company Number1999 Holdings Ltd")]
    public void Recognize_AmongThousandsOfDeals_FindsTheOneMeant(string text, string expected)
    {
        var context = Context("en-US") with
        {
            DealNames = [.. Enumerable.Range(0, 2000).Select(i => $"Company Number{i} Holdings Ltd"), "Acme Analytics Ltd"],
        };

        Assert.Equal(expected, CommandDescription.Of(Recognizer.Recognize(text, context)));
    }

    [Fact]
    public void Recognize_NoDealsKnown_StillReadsTheCommandWithTheNameAsSaid()
    {
        var context = Context("en-US") with { DealNames = [] };

        Assert.Equal("advance ?Acme to Proposal", CommandDescription.Of(Recognizer.Recognize("move Acme to Proposal", context)));
        Assert.Equal("next step ?Foo Bar: call back", CommandDescription.Of(Recognizer.Recognize("next step for Foo Bar: call back", context)));
        Assert.Equal("advance ?Acme to ?Pricing", CommandDescription.Of(Recognizer.Recognize("move Acme to Pricing", context)));
    }

    [Theory]
    [InlineData("hi there")]
    [InlineData("thanks!")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("I was wondering whether you could tell me what the weather will be like when we lost touch")]
    public void Recognize_NothingTheAssistantKnows_ReturnsNull(string? text)
    {
        Assert.Null(Recognizer.Recognize(text, Context("en-US")));
    }

    [Fact]
    public void Recognize_TeamsChannelMessage_IgnoresTheMentions()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "<at>PipelineBot</at> move Acme to Proposal, cc <at>Maria Lopez</at>",
            Entities =
            [
                Mention("<at>PipelineBot</at>"),
                Mention("<at>Maria Lopez</at>"),
            ],
        };

        Assert.Equal("advance Acme Analytics Ltd to Proposal", CommandDescription.Of(Recognizer.Recognize(activity, Context("en-US"))));
        Assert.Equal("stuck", CommandDescription.Of(Recognizer.Recognize(new Activity { Text = "<at>Pipeline Bot</at> which deals are stuck" }, Context("en-US"))));
    }

    [Fact]
    public void Recognize_LongNote_KeepsAllOfIt()
    {
        var note = string.Join(' ', Enumerable.Repeat("they want a pilot first, then a rollout to every team", 20));

        var command = Assert.IsType<AddDealNoteCommand>(Recognizer.Recognize($"add a note to Acme: {note}", Context("en-US")));

        Assert.Equal(note, command.Note);
    }

    [Theory]
    [InlineData("move {deal to {stage}", "'{deal' in \"move {deal to {stage}\"")]
    [InlineData("move {deal} to [into {stage}", "'[into'")]
    [InlineData("move {deal} to //into {stage}", "'//into'")]
    public void Construct_MalformedPhrase_FailsNamingKeyAndPiece(string phrase, string piece)
    {
        using var folder = new TempFolder();
        var content = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "dialogs", "rep-commands.json")))!;
        content["en"]!["reps.intent.advance"] = phrase;
        File.WriteAllText(folder.File("rep-commands.json"), content.ToJsonString());

        var error = Assert.Throws<DialogContentException>(() => new RepCommandRecognizer(
            new DialogText(Options.Create(new ContentOptions { DialogsPath = folder.Path, DefaultLocale = "en" }))));

        Assert.Contains("$.en.reps.intent.advance", error.Message);
        Assert.Contains(piece, error.Message);
    }

    public static TheoryData<string, string, string> Phrasings()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (text, locale, expected) in RepCommandPhrasings.All)
        {
            data.Add(text, locale, expected);
        }
        return data;
    }

    private static RepCommandContext Context(string locale) =>
        new(RepCommandPhrasings.Deals, RepCommandPhrasings.Stages, RepCommandPhrasings.Now, locale);

    private static Entity Mention(string text) => new("mention")
    {
        Properties = new Dictionary<string, System.Text.Json.JsonElement> { ["text"] = System.Text.Json.JsonSerializer.SerializeToElement(text) },
    };

    private static DialogText ShippedText() =>
        new(Options.Create(new ContentOptions { DialogsPath = Path.Combine(AppContext.BaseDirectory, "dialogs"), DefaultLocale = "en" }));
}
