using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Dialogs.Prompts;

public class TextPromptTests
{
    [Theory]
    [InlineData("en-US", "Acme Corp", "Acme Corp")]
    [InlineData("en-US", "  Acme Corp  ", "Acme Corp")]
    [InlineData("ru-RU", "ООО «Ромашка»", "ООО «Ромашка»")]
    [InlineData("sr-Cyrl-RS", "Делта Холдинг", "Делта Холдинг")]
    [InlineData("en-US", "", null)]
    [InlineData("ru-RU", "   ", null)]
    public async Task Answer_ByLocale_ReturnsTrimmedTextOrRetries(string locale, string text, string? expected)
    {
        var harness = await PromptHarness.StartAsync(() => new TextPrompt("prompt"), locale: locale);

        var replies = await harness.AnswerAsync(text);

        harness.AssertOutcome(replies, expected);
    }

    [Fact]
    public async Task Begin_Question_IsSentAsExpectingInput()
    {
        var harness = await PromptHarness.StartAsync(() => new TextPrompt("prompt"));

        var question = Assert.Single(harness.Opening);

        Assert.Equal(PromptHarness.Question, question.Text);
        Assert.Equal(InputHints.ExpectingInput, question.InputHint);
    }

    [Fact]
    public async Task Begin_WithoutOptions_Throws()
    {
        var harness = new DialogHarness(() => DialogHarness.Component("c", new Runtime.Dialogs.WaterfallDialog("steps", [(step, ct) => step.BeginDialogAsync("prompt", null, ct)]), new TextPrompt("prompt")));

        await Assert.ThrowsAsync<ArgumentException>(() => harness.SayAsync("start"));
    }
}
