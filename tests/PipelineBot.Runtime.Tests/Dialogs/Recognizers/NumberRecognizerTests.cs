using System.Globalization;
using PipelineBot.Runtime.Dialogs.Recognizers;

namespace PipelineBot.Runtime.Tests.Dialogs.Recognizers;

public class NumberRecognizerTests
{
    [Theory]
    [InlineData("50000", "en-US", "50000")]
    [InlineData("50,000", "en-US", "50000")]
    [InlineData("1,500,000", "en-US", "1500000")]
    [InlineData("about 1.5 please", "en-US", "1.5")]
    [InlineData("50k", "en-US", "50000")]
    [InlineData("50K", "en-US", "50000")]
    [InlineData("$1.2M", "en-US", "1200000")]
    [InlineData("1.2m", "en-US", "1200000")]
    [InlineData("2 million", "en-US", "2000000")]
    [InlineData("50 thousand", "en-US", "50000")]
    [InlineData("1.5bn", "en-US", "1500000000")]
    [InlineData("-5000", "en-US", "-5000")]
    [InlineData("\u22125000", "en-US", "-5000")]
    [InlineData("-$5000", "en-US", "-5000")]
    [InlineData("fifty thousand", "en-US", "50000")]
    [InlineData("twenty-five", "en-US", "25")]
    [InlineData("one hundred and five", "en-US", "105")]
    [InlineData("two hundred fifty thousand", "en-US", "250000")]
    [InlineData("one", "en-US", "1")]
    [InlineData("the 2nd", "en-US", "2")]
    [InlineData("at 3pm", "en-US", "3")]
    [InlineData("1 500 000", null, "1500000")]
    [InlineData("deal size is 75000 USD", "fr-FR", "75000")]
    [InlineData("1 500 000", "ru-RU", "1500000")]
    [InlineData("1\u00A0500\u00A0000", "ru-RU", "1500000")]
    [InlineData("1,5", "ru-RU", "1.5")]
    [InlineData("50 тыс", "ru-RU", "50000")]
    [InlineData("50 тыс.", "ru-RU", "50000")]
    [InlineData("50 тысяч", "ru-RU", "50000")]
    [InlineData("1,2 млн", "ru-RU", "1200000")]
    [InlineData("3 миллиона", "ru-RU", "3000000")]
    [InlineData("20 миллионов рублей", "ru-RU", "20000000")]
    [InlineData("50к", "ru-RU", "50000")]
    [InlineData("1.500.000", "sr-Cyrl-RS", "1500000")]
    [InlineData("1,5", "sr-Cyrl-RS", "1.5")]
    [InlineData("50 хиљада", "sr-Cyrl-RS", "50000")]
    [InlineData("50 хиљ.", "sr-Cyrl-RS", "50000")]
    [InlineData("2 милиона", "sr", "2000000")]
    [InlineData("3 милион", "sr-Cyrl", "3000000")]
    [InlineData("50 hiljada", "sr-Latn-RS", "50000")]
    [InlineData("1\u00A0500\u00A0000", "sr-Cyrl-RS", "1500000")]
    [InlineData("1.500.000", "ro-RO", "1500000")]
    [InlineData("1,5", "ro-RO", "1.5")]
    [InlineData("50 mii", "ro-RO", "50000")]
    [InlineData("mâine", "ro-RO", null)]
    [InlineData("1 mie", "ro-RO", "1000")]
    [InlineData("2 milioane", "ro-RO", "2000000")]
    [InlineData("1 milion", "ro-RO", "1000000")]
    [InlineData("1.500,50", "ro-RO", "1500.50")]
    [InlineData("1 500 000", "cs-CZ", "1500000")]
    [InlineData("1.500.000", "cs-CZ", "1500000")]
    [InlineData("2,5", "cs-CZ", "2.5")]
    [InlineData("50 tisíc", "cs-CZ", "50000")]
    [InlineData("50 tisic", "cs-CZ", "50000")]
    [InlineData("50 tis.", "cs-CZ", "50000")]
    [InlineData("3 miliony", "cs-CZ", "3000000")]
    [InlineData("5 milionů", "cs-CZ", "5000000")]
    [InlineData("asdf", "en-US", null)]
    [InlineData("lots", "en-US", null)]
    [InlineData("\U0001F44D\U0001F389", "en-US", null)]
    [InlineData("a thousand thanks", "en-US", null)]
    [InlineData("someone", "en-US", null)]
    [InlineData("много", "ru-RU", null)]
    [InlineData("mnogo", "sr-Latn-RS", null)]
    [InlineData("mulți", "ro-RO", null)]
    [InlineData("hodně", "cs-CZ", null)]
    public void TryRecognize_Table_ReturnsFirstNumber(string text, string? locale, string? expected)
    {
        var found = NumberRecognizer.TryRecognize(text, locale, out var value);

        Assert.Equal(expected is not null, found);
        Assert.Equal(expected is null ? 0m : decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("$50k", "en-US", "50000", "USD")]
    [InlineData("€ 20 000", "en-US", "20000", "EUR")]
    [InlineData("20000 EUR", "en-US", "20000", "EUR")]
    [InlineData("USD 5000", "en-US", "5000", "USD")]
    [InlineData("£300", "en-GB", "300", "GBP")]
    [InlineData("fifty thousand dollars", "en-US", "50000", "USD")]
    [InlineData("50 000 руб", "ru-RU", "50000", "RUB")]
    [InlineData("50 000 ₽", "ru-RU", "50000", "RUB")]
    [InlineData("5000 Kč", "cs-CZ", "5000", "CZK")]
    [InlineData("5000 CZK", "cs-CZ", "5000", "CZK")]
    [InlineData("1000 lei", "ro-RO", "1000", "RON")]
    [InlineData("1000 RON", "ro-RO", "1000", "RON")]
    [InlineData("5000 дин", "sr-Cyrl-RS", "5000", "RSD")]
    [InlineData("5000 din", "sr-Latn-RS", "5000", "RSD")]
    [InlineData("€ 20 000", "sr-Cyrl-RS", "20000", "EUR")]
    [InlineData("2 млн евро", "ru-RU", "2000000", "EUR")]
    [InlineData("50 de mii de euro", "ro-RO", "50000", "EUR")]
    [InlineData("5.000 de lei", "ro-RO", "5000", "RON")]
    [InlineData("5000", "en-US", "5000", null)]
    public void RecognizeAll_Currency_ReportsIsoCode(string text, string? locale, string expected, string? currency)
    {
        var match = Assert.Single(NumberRecognizer.RecognizeAll(text, locale));

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), match.Value);
        Assert.Equal(currency, match.Currency);
        Assert.Equal(0, match.Start);
        Assert.Equal(text.Length, match.Length);
    }

    [Theory]
    [InlineData("between 50k and 2 million", "en-US", "50000;2000000")]
    [InlineData("10-20", "en-US", "10;20")]
    [InlineData("meeting on 12/1/2026 at 15:30 for $40k", "en-US", "40000")]
    [InlineData("встреча 1.12.2026, бюджет 1 500 000 руб", "ru-RU", "1500000")]
    [InlineData("dne 01.12. za 20 tis. Kč", "cs-CZ", "20000")]
    [InlineData("1, 2 and 3", "en-US", "1;2;3")]
    [InlineData("no digits at all", "en-US", "")]
    public void RecognizeAll_Sentence_FindsEveryNumberInOrder(string text, string? locale, string expected)
    {
        var values = NumberRecognizer.RecognizeAll(text, locale).Select(m => m.Value.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(expected, string.Join(';', values));
    }

    [Theory]
    [InlineData("50k", "en-US", "1000")]
    [InlineData("fifty thousand dollars", "en-US", "1000")]
    [InlineData("two hundred fifty thousand", "en-US", "1000")]
    [InlineData("$1.2M", "en-US", "1000000")]
    [InlineData("50 тысяч долларов", "ru-RU", "1000")]
    [InlineData("50 tisíc Kč", "cs-CZ", "1000")]
    [InlineData("$50,000", "en-US", "1")]
    [InlineData("50 people", "en-US", "1")]
    [InlineData("five hundred", "en-US", "100")]
    [InlineData("20 de oameni", "ro-RO", "1")]
    public void RecognizeAll_ScaleWordOrSuffix_ReportsLargestScale(string text, string? locale, string expected)
    {
        var match = NumberRecognizer.RecognizeAll(text, locale)[0];

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), match.Scale);
    }
}
