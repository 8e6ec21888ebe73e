using System.Globalization;
using PipelineBot.Host.Content;

namespace PipelineBot.Host.Tests.Content;

public sealed class PluralFormsTests
{
    [Theory]
    [InlineData("en", "1:one 2:other 5:other 21:other")]
    [InlineData("ru", "1:one 2:few 4:few 5:many 11:many 12:many 21:one 22:few 25:many 111:many 112:many")]
    [InlineData("sr", "1:one 2:few 5:other 11:other 14:other 21:one 24:few")]
    [InlineData("cs", "1:one 2:few 4:few 5:other 21:other 22:other")]
    [InlineData("ro", "1:one 2:few 19:few 20:other 21:other 101:few 120:other")]
    [InlineData("de", "1:one 2:other")]
    public void Category_WholeNumbers_FollowCldr(string language, string expected)
    {
        var actual = expected.Split(' ').Select(pair => int.Parse(pair.Split(':')[0], CultureInfo.InvariantCulture))
            .Select(n => $"{n}:{PluralForms.Category(language, n)}");

        Assert.Equal(expected, string.Join(' ', actual));
    }

    [Fact]
    public void Select_ExactCountForm_WinsOverItsCategory()
    {
        var line = "1=час|one={n} час|few={n} часа|many={n} часов";
        var ru = CultureInfo.GetCultureInfo("ru");

        Assert.Equal(["час", "2 часа", "5 часов", "21 час"], new[] { 1, 2, 5, 21 }.Select(n => PluralForms.Select(line, n, ru)));
    }

    [Fact]
    public void Select_MissingCategory_NamesTheLineAndTheCategory()
    {
        var error = Assert.Throws<DialogContentException>(() => PluralForms.Select("one={n} hodinu|other={n} hodin", 3, CultureInfo.GetCultureInfo("cs")));

        Assert.Equal("The counted phrase 'one={n} hodinu|other={n} hodin' has no 'few' form for 3 in 'cs'.", error.Message);
    }
}
