using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.Extensions.Configuration;
using PipelineBot.Sales.Meetings.Notices;

namespace PipelineBot.Sales.Tests.Meetings.Notices;

public class ReminderOptionsTests
{
    [Fact]
    public void Bind_NothingConfigured_RemindsADayAndAnHourAhead()
    {
        var options = Bind("""{ "Reminders": { } }""");

        Assert.Empty(Validate(options));
        Assert.Equal([TimeSpan.FromDays(1), TimeSpan.FromHours(1)], options.Offsets());
        Assert.Equal((TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(5)), (options.NoShowCheckAfter, options.RetryAfter));
    }

    [Fact]
    public void Bind_ConfiguredOffsets_ReplaceTheDefaults()
    {
        var options = Bind("""{ "Reminders": { "Before": [ "00:30:00", "2.00:00:00" ], "NoShowCheckAfter": "00:05:00" } }""");

        Assert.Empty(Validate(options));
        Assert.Equal([TimeSpan.FromDays(2), TimeSpan.FromMinutes(30)], options.Offsets());
        Assert.Equal(TimeSpan.FromMinutes(5), options.NoShowCheckAfter);
    }

    [Fact]
    public void Bind_MisspeltKey_Fails() =>
        Assert.Throws<InvalidOperationException>(() => Bind("""{ "Reminders": { "NoShowCheck": "00:05:00" } }"""));

    [Theory]
    [InlineData("""{ "Before": [ "24:00:00" ] }""", "Reminders:Before:0 '24:00:00' is not a positive time in whole minutes like 1.00:00:00 (a day) or 01:00:00 (an hour).")]
    [InlineData("""{ "Before": [ "01:00:00", "00:00:30" ] }""", "Reminders:Before:1 '00:00:30' is not a positive time in whole minutes like 1.00:00:00 (a day) or 01:00:00 (an hour).")]
    [InlineData("""{ "Before": [ "-01:00:00" ] }""", "Reminders:Before:0 '-01:00:00' is not a positive time in whole minutes like 1.00:00:00 (a day) or 01:00:00 (an hour).")]
    [InlineData("""{ "Before": [ "01:00:00", "0.01:00:00" ] }""", "Reminders:Before lists the same time twice.")]
    [InlineData("""{ "NoShowCheckAfter": "-00:01:00" }""", "Reminders:NoShowCheckAfter is -00:01:00; use zero or more, less than 14 days.")]
    [InlineData("""{ "RetryAfter": "00:00:00" }""", "Reminders:RetryAfter is 00:00:00; it must be positive.")]
    public void Validate_OneBadSetting_SaysWhereAndWhat(string section, string expected) =>
        Assert.Equal([expected], Validate(Bind($$"""{ "Reminders": {{section}} }""")));

    [Fact]
    public void Offsets_InvalidSettings_RefersToValidation()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ReminderOptions { Before = ["soon"] }.Offsets());

        Assert.Contains("validate ReminderOptions at start-up", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Binds as the host does, with unknown keys an error rather than silently skipped.</summary>
    private static ReminderOptions Bind(string json)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        var options = new ReminderOptions();
        configuration.GetSection(ReminderOptions.SectionName).Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        return options;
    }

    private static List<string> Validate(ReminderOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }
}
