using PipelineBot.Sales.Qualification;

namespace PipelineBot.Sales.Tests.Qualification;

public class EmailAddressTests
{
    [Theory]
    [InlineData("ann@acme.example", "ann@acme.example", "acme.example")]
    [InlineData("  Ann.Smith@Acme.COM ", "ann.smith@acme.com", "acme.com")]
    [InlineData("first.last+sales@eu.acme.co.uk", "first.last+sales@eu.acme.co.uk", "eu.acme.co.uk")]
    [InlineData("o'brien@my-company.io", "o'brien@my-company.io", "my-company.io")]
    [InlineData("иван@пример.рф", "иван@пример.рф", "пример.рф")]
    [InlineData("petr@firma.xn--p1ai", "petr@firma.xn--p1ai", "firma.xn--p1ai")]
    public void TryParse_ValidAddress_NormalisesAndImpliesCompanyDomain(string text, string value, string companyDomain)
    {
        Assert.True(EmailAddress.TryParse(text, out var email));
        Assert.Equal(value, email.Value);
        Assert.Equal(companyDomain, email.CompanyDomain);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a@b")]
    [InlineData("ann@acme")]
    [InlineData("ann smith@acme.com")]
    [InlineData("ann@acme .com")]
    [InlineData("@acme.com")]
    [InlineData("ann@")]
    [InlineData("ann@@acme.com")]
    [InlineData("ann@bob@acme.com")]
    [InlineData("<script>@acme.com")]
    [InlineData("<b>ann@acme.com</b>")]
    [InlineData("ann@acme..com")]
    [InlineData(".ann@acme.com")]
    [InlineData("ann.@acme.com")]
    [InlineData("ann..smith@acme.com")]
    [InlineData("ann@-acme.com")]
    [InlineData("ann@acme.c")]
    [InlineData("ann@acme.c0m")]
    [InlineData("\"ann\"@acme.com")]
    [InlineData("ann@acme.com; bob@acme.com")]
    public void TryParse_InvalidAddress_ReturnsFalse(string? text)
    {
        Assert.False(EmailAddress.TryParse(text, out var email));
        Assert.Null(email);
    }

    [Fact]
    public void TryParse_LocalPartOver64Characters_ReturnsFalse()
    {
        Assert.False(EmailAddress.TryParse(new string('a', 65) + "@acme.com", out _));
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionQuotingInput()
    {
        var error = Assert.Throws<FormatException>(() => EmailAddress.Parse("a@b"));

        Assert.Contains("'a@b'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_SameAddressDifferentCase_AreEqual()
    {
        Assert.Equal(EmailAddress.Parse("Ann@Acme.example"), EmailAddress.Parse("ann@acme.EXAMPLE"));
    }
}
