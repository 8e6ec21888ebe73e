using System.Globalization;
using PipelineBot.Runtime.Dialogs.Prompts;

namespace PipelineBot.Runtime.Tests.Dialogs.Prompts;

public class NumberPromptTests
{
    [Theory]
    [InlineData("en-US", "50000", "50000")]
    [InlineData("en-US", "50k", "50000")]
    [InlineData("en-US", "$1.2M", "1200000")]
    [InlineData("en-US", "1,500,000", "1500000")]
    [InlineData("en-US", "1 500 000", "1500000")]
    [InlineData("en-US", "fifty thousand", "50000")]
    [InlineData("en-US", "about 1.5 please", "1.5")]
    [InlineData("en-US", "asdf", null)]
    [InlineData("en-US", "lots", null)]
    [InlineData("ru-RU", "1 500 000", "1500000")]
    [InlineData("ru-RU", "1,5", "1.5")]
    [InlineData("ru-RU", "50 тыс", "50000")]
    [InlineData("ru-RU", "1,2 млн", "1200000")]
    [InlineData("ru-RU", "20 миллионов рублей", "20000000")]
    [InlineData("ru-RU", "много", null)]
    [InlineData("sr-Cyrl-RS", "1.500.000", "1500000")]
    [InlineData("sr-Cyrl-RS", "50 хиљада", "50000")]
    [InlineData("ro-RO", "1,5", "1.5")]
    [InlineData("ro-RO", "2 milioane", "2000000")]
    [InlineData("cs-CZ", "2,5", "2.5")]
    [InlineData("cs-CZ", "1 500 000", "1500000")]
    public async Task Answer_DecimalByLocale_ReturnsAmountOrRetries(string locale, string text, string? expected)
    {
        var harness = await PromptHarness.StartAsync(() => new NumberPrompt<decimal>("prompt"), locale: locale);

        var replies = await harness.AnswerAsync(text);

        harness.AssertOutcome(replies, expected is null ? null : decimal.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("en-US", "42", 42)]
    [InlineData("en-US", "50k", 50000)]
    [InlineData("en-US", "1.5", null)]
    [InlineData("en-US", "5000000000", null)]
    [InlineData("ru-RU", "1,5", null)]
    [InlineData("ru-RU", "50к", 50000)]
    public async Task Answer_IntegerByLocale_RejectsFractionsAndOverflow(string locale, string text, int? expected)
    {
        var harness = await PromptHarness.StartAsync(() => new NumberPrompt<int>("prompt"), locale: locale);

        var replies = await harness.AnswerAsync(text);

        harness.AssertOutcome(replies, expected);
    }

    [Fact]
    public async Task Answer_NoLocaleOnActivity_UsesThePromptsDefaultLocale()
    {
        var harness = await PromptHarness.StartAsync(() => new NumberPrompt<decimal>("prompt") { DefaultLocale = "ru-RU" }, locale: "");

        await harness.AnswerAsync("1,5");

        Assert.Equal(1.5m, harness.Result);
    }
}
