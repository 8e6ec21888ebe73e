using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Runtime.Dialogs.Recognizers;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Dialogs.Prompts;

public class ChoicePromptTests
{
    private static readonly Choice[] Quarters = [new("This quarter", ["current quarter"]), new("Next quarter", ["Q2"]), new("Later")];
    private static readonly Choice[] Russian = [new("Этот квартал"), new("Следующий квартал"), new("Позже")];
    private static readonly Choice[] Serbian = [new("Овај квартал"), new("Следећи квартал"), new("Касније")];
    private static readonly Choice[] Romanian = [new("Trimestrul acesta"), new("Trimestrul următor"), new("Mai târziu")];
    private static readonly Choice[] Czech = [new("Tento kvartál"), new("Příští kvartál"), new("Později")];

    [Theory]
    [InlineData("en-US", "This quarter", "This quarter")]
    [InlineData("en-US", "next QUARTER!", "Next quarter")]
    [InlineData("en-US", "current quarter", "This quarter")]
    [InlineData("en-US", "q2", "Next quarter")]
    [InlineData("en-US", "2", "Next quarter")]
    [InlineData("en-US", "second", "Next quarter")]
    [InlineData("en-US", "the last one", "Later")]
    [InlineData("en-US", "nxt quarter", "Next quarter")]
    [InlineData("en-US", "latr", "Later")]
    [InlineData("en-US", "asdf", null)]
    [InlineData("en-US", "5", null)]
    [InlineData("en-US", "this quarter or next quarter", null)]
    [InlineData("ru-RU", "следующий квартал", "Следующий квартал")]
    [InlineData("ru-RU", "второй", "Следующий квартал")]
    [InlineData("ru-RU", "2", "Следующий квартал")]
    [InlineData("ru-RU", "первый", "Этот квартал")]
    [InlineData("ru-RU", "позже", "Позже")]
    [InlineData("ru-RU", "№ 3", "Позже")]
    [InlineData("ru-RU", "что-то другое", null)]
    [InlineData("sr-Cyrl-RS", "други", "Следећи квартал")]
    [InlineData("sr-Cyrl-RS", "касније", "Касније")]
    [InlineData("ro-RO", "al doilea", "Trimestrul următor")]
    [InlineData("ro-RO", "mai tarziu", "Mai târziu")]
    [InlineData("cs-CZ", "druhý", "Příští kvartál")]
    [InlineData("cs-CZ", "pristi kvartal", "Příští kvartál")]
    public async Task Answer_ByLocale_FindsTheChoiceOrRetries(string locale, string text, string? expected)
    {
        var harness = await StartAsync(locale);

        var replies = await harness.AnswerAsync(text);

        var expectedPick = expected is null ? null : (object)(expected, Array.FindIndex(ChoicesFor(locale), c => c.Value == expected));
        harness.AssertOutcome(replies, expectedPick, result => result is FoundChoice found ? (found.Value, found.Index) : result);
    }

    [Theory]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.Directline)]
    [InlineData(Channels.Test)]
    public async Task Begin_ChannelWithSuggestedActions_OffersChoicesAsButtons(string channelId)
    {
        var harness = await StartAsync("en-US", channelId);

        var question = Assert.Single(harness.Opening);

        Assert.Equal(PromptHarness.Question, question.Text);
        Assert.Equal(["This quarter", "Next quarter", "Later"], question.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.All(question.SuggestedActions.Actions, a => Assert.Equal((ActionTypes.ImBack, a.Title), (a.Type, (string?)a.Value)));
        Assert.Null(question.Attachments);
        Assert.Equal(InputHints.ExpectingInput, question.InputHint);
    }

    [Theory]
    [InlineData(Channels.Msteams, "groupChat")]
    [InlineData(Channels.Msteams, "channel")]
    [InlineData(Channels.Slack, null)]
    public async Task Begin_ChannelWithoutSuggestedActions_OffersChoicesOnAHeroCard(string channelId, string? conversationType)
    {
        var harness = await StartAsync("en-US", channelId, c => c.Conversation!.ConversationType = conversationType);

        var question = Assert.Single(harness.Opening);

        Assert.Null(question.SuggestedActions);
        var card = Assert.Single(question.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.hero", card.ContentType);
        var content = System.Text.Json.JsonSerializer.SerializeToElement(card.Content, BotJson.Options);
        Assert.Equal(PromptHarness.Question, content.GetProperty("text").GetString());
        Assert.Equal(["This quarter", "Next quarter", "Later"], content.GetProperty("buttons").EnumerateArray().Select(b => b.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Begin_TeamsPersonalChatWithFewChoices_UsesSuggestedActions()
    {
        var harness = await StartAsync("en-US", Channels.Msteams, c => c.Conversation!.ConversationType = "personal");

        Assert.NotNull(Assert.Single(harness.Opening).SuggestedActions);
    }

    [Theory]
    [InlineData(ListStyle.Inline, "Question? (1) This quarter, (2) Next quarter, (3) Later")]
    [InlineData(ListStyle.List, "Question?\n\n1. This quarter\n2. Next quarter\n3. Later")]
    [InlineData(ListStyle.None, "Question?")]
    public async Task Begin_ExplicitTextStyle_ListsChoicesInTheText(ListStyle style, string expected)
    {
        var options = Options(Quarters);
        options.Style = style;
        var harness = await PromptHarness.StartAsync(() => new ChoicePrompt("prompt"), options);

        var question = Assert.Single(harness.Opening);

        Assert.Equal(expected, question.Text);
        Assert.Null(question.SuggestedActions);
    }

    [Fact]
    public async Task Answer_NotUnderstood_RetryPromptCarriesTheChoicesAgain()
    {
        var harness = await StartAsync("en-US", Channels.Webchat);

        var retry = Assert.Single(await harness.AnswerWithRepliesAsync("asdf"));

        Assert.Equal(PromptHarness.Retry, retry.Text);
        Assert.Equal(["This quarter", "Next quarter", "Later"], retry.SuggestedActions!.Actions.Select(a => a.Title));
    }

    private static Task<PromptHarness> StartAsync(string locale, string channelId = Channels.Test, Action<ConversationReference>? conversation = null) =>
        PromptHarness.StartAsync(() => new ChoicePrompt("prompt"), Options(ChoicesFor(locale)), locale, channelId, conversation);

    private static PromptOptions Options(Choice[] choices) => new()
    {
        Prompt = MessageFactory.Text(PromptHarness.Question),
        RetryPrompt = MessageFactory.Text(PromptHarness.Retry),
        Choices = choices,
    };

    private static Choice[] ChoicesFor(string locale) => locale[..2] switch
    {
        "ru" => Russian,
        "sr" => Serbian,
        "ro" => Romanian,
        "cs" => Czech,
        _ => Quarters,
    };
}
