using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using PipelineBot.Host.Dialogs.Handoff;

namespace PipelineBot.Host.Tests.Dialogs.Handoff;

public sealed class HandoffOptionsTests
{
    [Fact]
    public void Validate_PragueWeekdays_NoErrors()
    {
        Assert.Empty(Validate(HandoffTestOptions.Prague()));
    }

    [Fact]
    public void Validate_UnknownTimeZone_NamesItAndTheExpectedForm()
    {
        var options = HandoffTestOptions.Prague();
        options.TimeZone = "Europe/Praha";

        Assert.Equal(["TimeZone 'Europe/Praha' is not a time zone this machine knows; use an IANA id such as 'Europe/Prague'."], Validate(options));
    }

    [Fact]
    public void Validate_NoTimeZone_AsksForOne()
    {
        var options = HandoffTestOptions.Prague();
        options.TimeZone = "";

        Assert.Equal(["TimeZone is required: the company's IANA time zone id, e.g. 'Europe/Prague'."], Validate(options));
    }

    [Fact]
    public void Validate_ClosesBeforeOpens_Explains()
    {
        var options = HandoffTestOptions.Prague();
        options.OpeningHours.Opens = new TimeOnly(18, 0);

        Assert.Equal(["OpeningHours.Opens (18:00) must be before OpeningHours.Closes (17:30); hours past midnight are not supported."], Validate(options));
    }

    [Fact]
    public void Validate_NoDays_Explains()
    {
        var options = HandoffTestOptions.Prague();
        options.OpeningHours.Days = [];

        Assert.Equal(["OpeningHours.Days names no day, so nobody could ever answer; list the open days, e.g. Monday to Friday."], Validate(options));
    }

    [Theory]
    [InlineData("Munday")]
    [InlineData("1")]
    [InlineData("Pondělí")]
    public void Validate_DayThatDoesNotParse_NamesIt(string day)
    {
        var options = HandoffTestOptions.Prague();
        options.OpeningHours.Days.Add(day);

        Assert.Equal([$"OpeningHours.Days has '{day}', which is not a day of the week; use English names such as 'Monday'."], Validate(options));
    }

    [Fact]
    public void Validate_HolidayThatIsNoDate_NamesItAndTheFormat()
    {
        var options = HandoffTestOptions.Prague("2026-12-24", "24.12.2026");

        Assert.Equal(["Holidays has '24.12.2026', which is not a date; write dates as yyyy-MM-dd, e.g. '2026-12-24'."], Validate(options));
    }

    [Theory]
    [InlineData("00:00:00", "ResponseWithin (00:00:00) must be a positive whole number of minutes, e.g. '01:00:00' or '00:30:00'.")]
    [InlineData("00:10:30", "ResponseWithin (00:10:30) must be a positive whole number of minutes, e.g. '01:00:00' or '00:30:00'.")]
    [InlineData("09:00:00", "ResponseWithin (09:00:00) is longer than the opening hours (09:00-17:30), so a reply could never be promised within it.")]
    public void Validate_UnusableResponseTime_Explains(string within, string message)
    {
        var options = HandoffTestOptions.Prague();
        options.ResponseWithin = TimeSpan.Parse(within, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal([message], Validate(options));
    }

    [Fact]
    public void Bind_ConfigurationSection_ReadsDayNamesTimesAndDates()
    {
        var options = Bind(new()
        {
            ["Handoff:TimeZone"] = "Europe/Prague",
            ["Handoff:OpeningHours:Days:0"] = "Monday",
            ["Handoff:OpeningHours:Days:1"] = "friday",
            ["Handoff:OpeningHours:Opens"] = "08:30",
            ["Handoff:OpeningHours:Closes"] = "17:30",
            ["Handoff:Holidays:0"] = "2026-12-24",
            ["Handoff:ResponseWithin"] = "00:30:00",
        });

        Assert.Empty(Validate(options));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Friday], options.OpenDays());
        Assert.Equal((new TimeOnly(8, 30), new TimeOnly(17, 30)), (options.OpeningHours.Opens, options.OpeningHours.Closes));
        Assert.Equal([new DateOnly(2026, 12, 24)], options.HolidayDates());
        Assert.Equal(TimeSpan.FromMinutes(30), options.ResponseWithin);
    }

    [Fact]
    public void Bind_OpeningTimeThatIsNoTime_FailsNamingTheValueAndItsKey()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Bind(new() { ["Handoff:OpeningHours:Opens"] = "half past nine" }));

        Assert.Contains("'half past nine'", error.Message);
        Assert.Contains("Handoff:OpeningHours:Opens", error.Message);
    }

    [Fact]
    public void BusinessHours_InvalidOptions_RefusesThem()
    {
        var options = HandoffTestOptions.Prague();
        options.TimeZone = "Mars/Olympus_Mons";

        var error = Assert.Throws<ValidationException>(() => new BusinessHours(options));

        Assert.Contains("'Mars/Olympus_Mons' is not a time zone", error.Message);
    }

    private static HandoffOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return configuration.GetSection(HandoffOptions.SectionName).Get<HandoffOptions>()!;
    }

    private static List<string> Validate(HandoffOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }
}
