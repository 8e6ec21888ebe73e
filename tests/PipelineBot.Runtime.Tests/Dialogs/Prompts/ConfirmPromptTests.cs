using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Dialogs.Prompts;

public class ConfirmPromptTests
{
    [Theory]
    [InlineData("en-US", "yes", true)]
    [InlineData("en-US", "Yes", true)]
    [InlineData("en-US", "sure thing", true)]
    [InlineData("en-US", "no", false)]
    [InlineData("en-US", "Nope.", false)]
    [InlineData("en-US", "1", true)]
    [InlineData("en-US", "2", false)]
    [InlineData("en-US", "maybe", null)]
    [InlineData("en-US", "yes and no", null)]
    [InlineData("en-US", "the second one", false)]
    [InlineData("ru-RU", "да", true)]
    [InlineData("ru-RU", "Да", true)]
    [InlineData("ru-RU", "нет", false)]
    [InlineData("ru-RU", "Нет", false)]
    [InlineData("ru-RU", "yes", true)]
    [InlineData("ru-RU", "2", false)]
    [InlineData("ru-RU", "может быть", null)]
    [InlineData("ru-RU", "да и нет", null)]
    [InlineData("cs-CZ", "ano", true)]
    [InlineData("cs-CZ", "ne", false)]
    [InlineData("ro-RO", "da", true)]
    [InlineData("ro-RO", "nu", false)]
    [InlineData("sr-Cyrl-RS", "да", true)]
    [InlineData("sr-Cyrl-RS", "не", false)]
    public async Task Answer_ByLocale_ReturnsYesNoOrRetries(string locale, string text, bool? expected)
    {
        var harness = await PromptHarness.StartAsync(() => new ConfirmPrompt("prompt"), locale: locale);

        var replies = await harness.AnswerAsync(text);

        harness.AssertOutcome(replies, expected);
    }

    [Theory]
    [InlineData("en-US", "Yes", "No")]
    [InlineData("ru-RU", "Да", "Нет")]
    [InlineData("sr-Cyrl-RS", "Да", "Не")]
    [InlineData("ro-RO", "Da", "Nu")]
    [InlineData("cs-CZ", "Ano", "Ne")]
    [InlineData("de-DE", "Yes", "No")]
    public async Task Begin_ByLocale_OffersYesNoButtonsInTheUsersLanguage(string locale, string yes, string no)
    {
        var harness = await PromptHarness.StartAsync(() => new ConfirmPrompt("prompt"), locale: locale, channelId: Channels.Webchat);

        var question = Assert.Single(harness.Opening);

        Assert.Equal(PromptHarness.Question, question.Text);
        Assert.Equal([yes, no], question.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Answer_ButtonTitleClicked_IsUnderstood()
    {
        var harness = await PromptHarness.StartAsync(() => new ConfirmPrompt("prompt"), locale: "ru-RU", channelId: Channels.Webchat);
        var no = Assert.Single(harness.Opening).SuggestedActions!.Actions[1];

        await harness.AnswerAsync((string)no.Value!);

        Assert.Equal(false, harness.Result);
    }
}
