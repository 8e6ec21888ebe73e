using PipelineBot.Runtime.Dialogs.Recognizers;

namespace PipelineBot.Runtime.Tests.Dialogs.Recognizers;

public class RecognizerRobustnessTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 10, 0, 0);
    private static readonly DateTimeOffset Offset = new(Now, TimeSpan.Zero);
    private const string Alphabet = "a1 .,:-/яčț\u00A0";
    private static readonly Choice[] Choices = [new("This quarter"), new("Next quarter", ["Q2"])];

    public static TheoryData<string?> OddInputs() => new()
    {
        null,
        "",
        "   \t\r\n ",
        "\U0001F600\U0001F44D\U0001F3FD\u200D\U0001F525",
        "<b>yes</b> <at>PipelineBot</at> &nbsp; $50k <script>alert(1)</script>",
        "{\"amount\": 5e10, \"date\": \"2026-13-45T99:99\"}",
        "\uD800 lone surrogate \uDC00 and e\u0301 combining \u0000 nul",
        "99/99/9999 00.00. 31.02.2026 0000-00-00 9999-12-31T23:59 at 99 25:61",
        "-−-−$€£₽ k m bn тыс. млн ,,, ... 1,,,2...3",
        new string('9', 10_000),
        "one " + string.Concat(Enumerable.Repeat("hundred ", 600)),
        string.Concat(Enumerable.Repeat("at 1 tomorrow 1.2.3/4 next ", 400)),
        string.Concat(Enumerable.Range(0, 10_000).Select(i => Alphabet[i % Alphabet.Length])),
    };

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void AllRecognizers_OddInput_DoNotThrow(string? text)
    {
        foreach (var locale in new[] { null, "en-US", "en-GB", "ru-RU", "sr-Cyrl-RS", "sr-Latn", "ro-RO", "cs-CZ", "xx-??", "" })
        {
            _ = NumberRecognizer.RecognizeAll(text, locale);
            _ = NumberRecognizer.TryRecognize(text, locale, out _);
            _ = ChoiceRecognizer.Recognize(text, Choices, locale);
            _ = ChoiceRecognizer.FindMentions(text, Choices);
            _ = ConfirmRecognizer.Recognize(text, locale);
            _ = DateTimeRecognizer.Recognize(text, locale, Now);
            _ = TimePreferenceRecognizer.Recognize(text, locale, Offset, TimeZoneInfo.Utc);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\U0001F600\U0001F600")]
    public void AllRecognizers_EmptyOrEmojiOnly_FindNothing(string? text)
    {
        Assert.Empty(NumberRecognizer.RecognizeAll(text, "en-US"));
        Assert.False(NumberRecognizer.TryRecognize(text, "en-US", out _));
        Assert.Null(ChoiceRecognizer.Recognize(text, Choices, "en-US"));
        Assert.Empty(ChoiceRecognizer.FindMentions(text, Choices));
        Assert.Null(ConfirmRecognizer.Recognize(text, "en-US"));
        Assert.Empty(DateTimeRecognizer.Recognize(text, "en-US", Now));
        Assert.Null(TimePreferenceRecognizer.Recognize(text, "en-US", Offset, TimeZoneInfo.Utc));
    }

    [Fact]
    public void ChoiceRecognizer_NoChoices_ReturnsNull()
    {
        Assert.Null(ChoiceRecognizer.Recognize("1", [], "en-US"));
    }

    [Fact]
    public void AllRecognizers_TenThousandCharacters_FinishQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("tomorrow at 3pm, maybe 50k or yes ", 300))[..10_000];
        var clock = System.Diagnostics.Stopwatch.StartNew();

        Assert.NotEmpty(NumberRecognizer.RecognizeAll(text, "en-US"));
        Assert.NotEmpty(DateTimeRecognizer.Recognize(text, "en-US", Now));
        Assert.NotNull(TimePreferenceRecognizer.Recognize(text, "en-US", Offset, TimeZoneInfo.Utc));
        _ = ChoiceRecognizer.Recognize(text, Choices, "en-US");
        _ = ChoiceRecognizer.FindMentions(text, Choices);
        _ = ConfirmRecognizer.Recognize(text, "en-US");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
