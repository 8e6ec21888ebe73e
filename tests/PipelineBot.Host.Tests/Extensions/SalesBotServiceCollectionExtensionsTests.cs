using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Host.Tests.Extensions;

/// <summary>Misconfigured options stop the host at start-up with the validation message, before any visitor arrives.</summary>
public sealed class SalesBotServiceCollectionExtensionsTests
{
    [Fact]
    public void Start_UnknownHandoffTimeZone_FailsNamingTheZone()
    {
        var error = StartFails(new Dictionary<string, string?> { ["Handoff:TimeZone"] = "Europe/Praha" });

        Assert.Contains(
            "TimeZone 'Europe/Praha' is not a time zone this machine knows; use an IANA id such as 'Europe/Prague'.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_PipelineWithoutStages_FailsSayingSo()
    {
        // Configuration layers cannot remove the stages appsettings.json lists, so they are cleared after binding.
        var error = StartFails(services: s => s.PostConfigure<PipelineOptions>(o => o.Pipelines[0].Stages.Clear()));

        Assert.Contains("Pipeline 'New business' lists no stages.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_StageWinProbabilityAboveOne_FailsNamingTheStage()
    {
        var error = StartFails(new Dictionary<string, string?> { ["Pipeline:Pipelines:0:Stages:3:WinProbability"] = "1.5" });

        Assert.Contains("Pipeline 'New business' stage 'Proposal' has win probability 1.5; use a fraction from 0 to 1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_BookingMeetingStageNotInThePipeline_FailsSayingSo()
    {
        var error = StartFails(new Dictionary<string, string?> { ["Booking:MeetingStage"] = "Demo" });

        Assert.Contains("Booking:MeetingStage must name a stage of the default pipeline, the first in Pipeline:Pipelines.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_MeetingWorkingHoursNotAPeriod_FailsNamingTheValue()
    {
        var error = StartFails(new Dictionary<string, string?> { ["Meetings:WorkingHours:Monday:0"] = "9 to 5" });

        Assert.Contains("9 to 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_MisspeltMeetingSetting_FailsInsteadOfBeingIgnored()
    {
        using var folder = new TempFolder();
        using var factory = new PipelineBotFactory(folder.File("bot.db"), new Dictionary<string, string?> { ["Meetings:MeetingLenght"] = "01:00:00" });

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("MeetingLenght", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ReminderOffsetNotATime_FailsNamingIt()
    {
        var error = StartFails(new Dictionary<string, string?> { ["Reminders:Before:1"] = "an hour" });

        Assert.Contains("Reminders:Before:1 'an hour' is not a positive time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_MisspeltReminderSetting_FailsInsteadOfBeingIgnored()
    {
        using var folder = new TempFolder();
        using var factory = new PipelineBotFactory(folder.File("bot.db"), new Dictionary<string, string?> { ["Reminders:NoShowCheckAfterr"] = "00:30:00" });

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("NoShowCheckAfterr", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_GraphCalendarWithoutItsApp_FailsNamingEachMissingSetting()
    {
        var error = StartFails(new Dictionary<string, string?> { ["Calendar:Provider"] = "Graph" });

        Assert.Contains("Calendar:TenantId is required when Calendar:Provider is Graph", error.Message, StringComparison.Ordinal);
        Assert.Contains("Calendar:ClientId is required when Calendar:Provider is Graph", error.Message, StringComparison.Ordinal);
        Assert.Contains("Calendar:ClientSecret is required when Calendar:Provider is Graph", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_GraphCalendarMissingARepsMailbox_FailsNamingTheRep()
    {
        var error = StartFails(GraphCalendar(("Calendar:Mailboxes:ben", ""), ("Calendar:Mailboxes:zoe", "zoe@contoso.com")));

        Assert.Contains("Calendar:Mailboxes:ben is required when Calendar:Provider is Graph", error.Message, StringComparison.Ordinal);
        Assert.Contains("Calendar:Mailboxes:zoe names no rep in Routing:Reps.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_GraphCalendarWithRelativeUrl_FailsNamingTheSetting()
    {
        var error = StartFails(GraphCalendar(("Calendar:BaseUrl", "graph.microsoft.com/v1.0")));

        Assert.Contains("Calendar:BaseUrl 'graph.microsoft.com/v1.0' is not an absolute http(s) URL.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_UnknownCalendarProvider_FailsNamingTheSetting()
    {
        using var folder = new TempFolder();
        using var factory = new PipelineBotFactory(folder.File("bot.db"), new Dictionary<string, string?> { ["Calendar:Provider"] = "Outlook" });

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("Calendar:Provider", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A complete Graph calendar configuration with some settings replaced.</summary>
    private static Dictionary<string, string?> GraphCalendar(params (string Key, string Value)[] changes)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Calendar:Provider"] = "Graph",
            ["Calendar:TenantId"] = "contoso-tenant",
            ["Calendar:ClientId"] = "graph-app",
            ["Calendar:ClientSecret"] = "secret",
        };
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }
        return settings;
    }

    private static OptionsValidationException StartFails(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        using var folder = new TempFolder();
        using var factory = new PipelineBotFactory(folder.File("bot.db"), settings, services);
        return Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
    }
}
