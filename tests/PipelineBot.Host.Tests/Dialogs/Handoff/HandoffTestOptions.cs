using PipelineBot.Host.Dialogs.Handoff;

namespace PipelineBot.Host.Tests.Dialogs.Handoff;

/// <summary>A Prague sales team working Monday to Friday, 09:00 to 17:30, replying within an hour.</summary>
internal static class HandoffTestOptions
{
    public static HandoffOptions Prague(params string[] holidays) => new()
    {
        RepId = "rep-ana",
        TimeZone = "Europe/Prague",
        OpeningHours = new OpeningHours
        {
            Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
            Opens = new TimeOnly(9, 0),
            Closes = new TimeOnly(17, 30),
        },
        Holidays = [.. holidays],
        ResponseWithin = TimeSpan.FromHours(1),
    };

    /// <summary>A moment given as the Prague wall clock shows it, with Prague's offset on that day.</summary>
    public static DateTimeOffset PragueTime(int year, int month, int day, int hour, int minute)
    {
        var local = new DateTime(year, month, day, hour, minute, 0);
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague").GetUtcOffset(local));
    }
}
