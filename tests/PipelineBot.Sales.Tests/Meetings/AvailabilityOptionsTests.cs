using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.Extensions.Configuration;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Sales.Tests.Meetings;

public class AvailabilityOptionsTests
{
    private const string Documented = """
        { "Meetings": {
          "TimeZone": "Europe/Prague",
          "WorkingHours": { "Monday": [ "09:00-12:00", "13:00-17:00" ], "Friday": [ "09:00-13:00" ] },
          "Buffer": "00:10:00",
          "DaysOff": [ "2025-12-24" ],
          "Reps": { "bob": { "TimeZone": "America/New_York", "MeetingLength": "00:45:00", "WorkingHours": { "Friday": [] }, "DaysOff": [ "2025-12-31" ] } }
        } }
        """;

    [Fact]
    public void Bind_DocumentedShape_IsValidAndResolvesPerRep()
    {
        var options = Bind(Documented);

        Assert.Empty(Validate(options));
        var alice = options.For("alice");
        var bob = options.For("bob");
        Assert.Equal(("Europe/Prague", TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10)), (alice.TimeZone.Id, alice.MeetingLength, alice.Buffer));
        Assert.Equal(["09:00-12:00", "13:00-17:00"], alice.WorkingHours[DayOfWeek.Monday].Select(p => p.ToString()));
        Assert.Equal(["09:00-13:00"], alice.WorkingHours[DayOfWeek.Friday].Select(p => p.ToString()));
        Assert.Equal(("America/New_York", TimeSpan.FromMinutes(45), TimeSpan.FromMinutes(10)), (bob.TimeZone.Id, bob.MeetingLength, bob.Buffer));
        Assert.Equal(2, bob.WorkingHours[DayOfWeek.Monday].Count);
        Assert.Empty(bob.WorkingHours[DayOfWeek.Friday]);
        Assert.Equal([new DateOnly(2025, 12, 24)], alice.DaysOff);
        Assert.Equal([new DateOnly(2025, 12, 24), new DateOnly(2025, 12, 31)], bob.DaysOff.Order());
    }

    [Theory]
    // Each of these the binder alone would drop without a word, leaving a day off nobody asked for.
    [InlineData("""{ "Meetings": { "WorkingHours": { "Monday": "09:00-17:00" } } }""")]
    [InlineData("""{ "Meetings": { "WorkingHours": { "Monday": [ { "Start": "09:00", "End": "17:00" } ] } } }""")]
    [InlineData("""{ "Meetings": { "Reps": { "bob": { "DaysOff": "2025-12-31" } } } }""")]
    public void Bind_WrongShapeWithUnknownConfigurationAnError_Fails(string json) =>
        Assert.Throws<InvalidOperationException>(() => Bind(json));

    [Theory]
    [InlineData("TimeZone", "Mars/Olympus", "Meetings:TimeZone 'Mars/Olympus' is not a known time zone; use an IANA id such as Europe/Prague.")]
    [InlineData("WorkingHours:Munday:0", "09:00-17:00", "Meetings:WorkingHours:Munday is not a day of the week; use Monday to Sunday.")]
    [InlineData("WorkingHours:Tuesday:0", "9-17", "Meetings:WorkingHours:Tuesday:0 '9-17' is not a period like 09:00-12:00 (HH:mm-HH:mm, ending after it starts).")]
    [InlineData("WorkingHours:Tuesday:0", "17:00-09:00", "Meetings:WorkingHours:Tuesday:0 '17:00-09:00' is not a period like 09:00-12:00 (HH:mm-HH:mm, ending after it starts).")]
    [InlineData("WorkingHours:Tuesday:0", "09:03-12:00", "Meetings:WorkingHours:Tuesday:0 '09:03-12:00' must start and end on a multiple of 5 minutes.")]
    [InlineData("WorkingHours:Monday:2", "11:00-12:30", "Meetings:WorkingHours:Monday has overlapping periods 09:00-12:00 and 11:00-12:30.")]
    [InlineData("MeetingLength", "00:00:00", "Meetings:MeetingLength is 00:00:00; it must be positive and a whole multiple of 5 minutes.")]
    [InlineData("Buffer", "00:07:00", "Meetings:Buffer is 00:07:00; it must be zero or positive and a whole multiple of 5 minutes.")]
    [InlineData("SlotInterval", "-00:30:00", "Meetings:SlotInterval is -00:30:00; it must be positive and a whole multiple of 5 minutes.")]
    [InlineData("MinimumNotice", "-01:00:00", "Meetings:MinimumNotice is -01:00:00; it must not be negative.")]
    [InlineData("DaysAhead", "400", "Meetings:DaysAhead is 400; use 0 (today only) to 365.")]
    [InlineData("DaysOff:1", "24.12.2025", "Meetings:DaysOff:1 '24.12.2025' is not a date like 2025-12-24 (yyyy-MM-dd).")]
    [InlineData("MeetingLength", "05:00:00", "Meetings has no working period long enough for a 300-minute meeting.")]
    [InlineData("Reps:bob:TimeZone", "Europe/Praha", "Meetings:Reps:bob:TimeZone 'Europe/Praha' is not a known time zone; use an IANA id such as Europe/Prague.")]
    [InlineData("Reps:bob:WorkingHours:Friday:0", "13:00", "Meetings:Reps:bob:WorkingHours:Friday:0 '13:00' is not a period like 09:00-12:00 (HH:mm-HH:mm, ending after it starts).")]
    [InlineData("Reps:bob:DaysAhead", "-1", "Meetings:Reps:bob:DaysAhead is -1; use 0 (today only) to 365.")]
    [InlineData("Reps:bob:MeetingLength", "04:30:00", "Meetings:Reps:bob has no working period long enough for a 270-minute meeting.")]
    public void Validate_OneBadSetting_SaysWhereAndWhat(string key, string value, string expected)
    {
        var options = Bind(Documented, new Dictionary<string, string?> { [$"Meetings:{key}"] = value });

        Assert.Equal([expected], Validate(options));
    }

    [Fact]
    public void Validate_NoWorkingHoursAtAll_AsksForSome() =>
        Assert.Equal(["Meetings:WorkingHours lists no working periods; give at least one day, e.g. \"Monday\": [\"09:00-17:00\"]."],
            Validate(new AvailabilityOptions()));

    [Fact]
    public void For_InvalidSettings_RefersToValidation()
    {
        var options = Bind(Documented, new Dictionary<string, string?> { ["Meetings:DaysOff:0"] = "soon" });

        var error = Assert.Throws<InvalidOperationException>(() => options.For("alice"));

        Assert.Contains("validate AvailabilityOptions at start-up", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Binds as the host does, with wrongly shaped values an error rather than silently skipped.</summary>
    private static AvailabilityOptions Bind(string json, Dictionary<string, string?>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json)))
            .AddInMemoryCollection(overrides ?? [])
            .Build();
        var options = new AvailabilityOptions();
        configuration.GetSection(AvailabilityOptions.SectionName).Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        return options;
    }

    private static List<string> Validate(AvailabilityOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }
}
