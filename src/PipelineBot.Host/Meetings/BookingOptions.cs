using System.ComponentModel.DataAnnotations;

namespace PipelineBot.Host.Meetings;

/// <summary>How meetings are booked in chat, bound from the <c>Booking</c> section; when reps are free is <c>Meetings</c>.</summary>
public sealed class BookingOptions
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "Booking";

    /// <summary>The pipeline stage a deal moves to once its meeting is booked; must be one of <c>Pipeline:Stages</c>.</summary>
    [Required]
    public string MeetingStage { get; set; } = "Meeting";

    /// <summary>How many free slots are offered at a time, besides "Other times".</summary>
    [Range(1, 10)]
    public int SlotsOffered { get; set; } = 4;

    /// <summary>How many unusable answers a booking question takes before the visitor is told a rep will find a time.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Where visitors reach this bot from outside, for the invite download link, e.g. https://bot.example.com.</summary>
    [Required, Url]
    public string PublicUrl { get; set; } = "http://localhost:3978";

    /// <summary>The address invites name as the organizer, to which calendars send replies.</summary>
    [Required, EmailAddress]
    public string OrganizerEmail { get; set; } = "sales@example.com";

    /// <summary>
    /// The base64 key (at least 32 bytes) invite links are signed with. A secret: set it through an environment variable
    /// or user-secrets. Left empty, a random key is made at first start and kept in the bot's storage.
    /// </summary>
    public string? InviteKey { get; set; }
}
