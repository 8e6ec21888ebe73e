using PipelineBot.Host.Cards;

namespace PipelineBot.Host.Tests.Cards;

public sealed class HandoffCardTests
{
    private readonly HandoffCard _builder = new(CardTestData.Text);

    [Fact]
    public void Build_LongConversation_ShowsOnlyTheLast30LinesAndCountsTheRest()
    {
        var transcript = Enumerable.Range(1, 45)
            .Select(i => new TranscriptLine(i % 2 == 1 ? TranscriptLine.Visitor : TranscriptLine.Bot, $"message {i}", CardTestData.Now.AddMinutes(i)))
            .ToList();

        var card = CardAssert.Valid(_builder.Build(null, "webchat", "en", transcript));

        var lines = CardAssert.Texts(card).Where(t => t.Contains("message ", StringComparison.Ordinal)).ToList();
        Assert.Equal(HandoffCard.MaxLines, lines.Count);
        Assert.EndsWith("): message 16", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("): message 45", lines[^1], StringComparison.Ordinal);
        Assert.Contains("15 earlier messages are not shown.", CardAssert.Texts(card));
    }

    [Fact]
    public void Build_EachLine_IsAWrappedTextBlockPrefixedByWhoSpoke()
    {
        TranscriptLine[] transcript =
        [
            new(TranscriptLine.Bot, "What's your name?", new DateTimeOffset(2025, 3, 3, 11, 5, 0, TimeSpan.FromHours(2))),
            new(TranscriptLine.Visitor, "Can I talk to a person?", new DateTimeOffset(2025, 3, 3, 9, 6, 0, TimeSpan.Zero)),
        ];

        var card = CardAssert.Valid(_builder.Build(null, "webchat", "ru", transcript));

        var blocks = CardAssert.Body(card).TakeLast(2).ToList();
        Assert.All(blocks, b => Assert.True((bool)b["wrap"]!));
        Assert.Equal("**Bot** ({{TIME(2025-03-03T09:05:00Z)}}): What's your name?", (string?)blocks[0]["text"]);
        Assert.Equal("**Visitor** ({{TIME(2025-03-03T09:06:00Z)}}): Can I talk to a person?", (string?)blocks[1]["text"]);
    }

    [Fact]
    public void Build_VisitorWithoutLead_IsAnonymousWithChannelAndLanguage()
    {
        var card = CardAssert.Valid(_builder.Build(null, "webchat", "sr-Cyrl-RS", []));

        Assert.Equal(["A visitor asks to talk to a person", "Anonymous lead"], CardAssert.Texts(card)[..2]);
        Assert.Equal([("Channel", "webchat"), ("Language", "sr-Cyrl-RS")], CardAssert.Facts(card));
        Assert.Contains("No messages yet.", CardAssert.Texts(card));
        Assert.Empty(CardAssert.Actions(card));
    }

    [Fact]
    public void Build_LeadWithConsent_ShowsNameCompanyAndEmail()
    {
        var lead = CardTestData.Lead(("consent", "yes"), ("name", "Ada Lovelace"), ("work-email", "ada@acme.example"), ("company", "Acme"));

        var card = CardAssert.Valid(_builder.Build(lead, "webchat", null, []));

        Assert.Equal(["A visitor asks to talk to a person", "Ada Lovelace", "Acme · ada@acme.example"], CardAssert.Texts(card)[..3]);
        Assert.Equal([("Channel", "webchat")], CardAssert.Facts(card));
    }

    [Fact]
    public void Build_MarkdownTheVisitorTyped_ShowsAsTyped()
    {
        TranscriptLine[] transcript = [new(TranscriptLine.Visitor, "[Approve](https://evil.example) **now**", CardTestData.Now)];

        var card = CardAssert.Valid(_builder.Build(null, "webchat", "en", transcript));

        Assert.EndsWith(@"): \[Approve\](https://evil.example) \*\*now\*\*", CardAssert.Texts(card)[^1], StringComparison.Ordinal);
    }
}
