using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace PipelineBot.Sales.Meetings.Notices;

/// <summary>
/// When the bot reminds both sides of a meeting and asks the rep how it went, bound from the <c>Reminders</c> section.
/// The offsets are strings parsed here, like the working hours, because the configuration binder drops list entries it
/// cannot convert without a word; bind with <c>ErrorOnUnknownConfiguration</c> so a misspelt key fails too.
/// <code>
/// "Reminders": { "Before": [ "1.00:00:00", "01:00:00" ], "NoShowCheckAfter": "00:15:00", "RetryAfter": "00:05:00" }
/// </code>
/// </summary>
public sealed class ReminderOptions : IValidatableObject
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "Reminders";

    private static readonly string[] DefaultBefore = ["1.00:00:00", "01:00:00"];

    /// <summary>
    /// How long before a meeting's start each reminder goes out, as <c>d.hh:mm:ss</c> in whole minutes; left out, 24 hours
    /// and 1 hour. Null rather than pre-filled, because the binder appends configured entries to a list it finds.
    /// </summary>
    public List<string>? Before { get; set; }

    /// <summary>How long after a meeting's end its rep is asked whether it took place; zero asks as it ends.</summary>
    public TimeSpan NoShowCheckAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long to wait before sending again a notice the channel would not take.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The parsed reminder offsets, longest first; call only on validated settings. A method, since validation reads
    /// every property and this one throws on invalid settings.
    /// </summary>
    public IReadOnlyList<TimeSpan> Offsets() =>
        [.. (Before ?? [.. DefaultBefore]).Select(text => TryParse(text, out var offset) ? offset : throw Invalid($"Before '{text}'")).OrderDescending()];

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var before = Before ?? [];
        for (var i = 0; i < before.Count; i++)
        {
            if (!TryParse(before[i], out var offset) || offset <= TimeSpan.Zero || offset.Ticks % TimeSpan.TicksPerMinute != 0)
            {
                yield return new($"{SectionName}:Before:{i} '{before[i]}' is not a positive time in whole minutes like 1.00:00:00 (a day) or 01:00:00 (an hour).",
                    [nameof(Before)]);
            }
        }
        var parsed = before.Select(text => TryParse(text, out var offset) ? offset : (TimeSpan?)null).OfType<TimeSpan>().ToList();
        if (parsed.Distinct().Count() != parsed.Count)
        {
            yield return new($"{SectionName}:Before lists the same time twice.", [nameof(Before)]);
        }
        if (NoShowCheckAfter < TimeSpan.Zero || NoShowCheckAfter >= MeetingNoticeSchedule.FollowUpWindow)
        {
            yield return new($"{SectionName}:NoShowCheckAfter is {NoShowCheckAfter}; use zero or more, less than {MeetingNoticeSchedule.FollowUpWindow.TotalDays} days.",
                [nameof(NoShowCheckAfter)]);
        }
        if (RetryAfter <= TimeSpan.Zero)
        {
            yield return new($"{SectionName}:RetryAfter is {RetryAfter}; it must be positive.", [nameof(RetryAfter)]);
        }
    }

    private static bool TryParse(string? text, out TimeSpan offset) =>
        TimeSpan.TryParseExact(text?.Trim(), "c", CultureInfo.InvariantCulture, out offset);

    private static InvalidOperationException Invalid(string what) =>
        new($"The reminder setting {what} is invalid; validate {nameof(ReminderOptions)} at start-up to see why.");
}
