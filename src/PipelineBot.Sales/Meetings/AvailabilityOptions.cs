using System.ComponentModel.DataAnnotations;

namespace PipelineBot.Sales.Meetings;

/// <summary>
/// When reps can be booked, bound from the <c>Meetings</c> section by the host: shared settings plus per-rep overrides
/// under <c>Reps</c>. Values the binder would have to convert silently drop out of lists when they do not fit, so
/// working hours and days off are strings parsed and checked here; bind with
/// <c>ErrorOnUnknownConfiguration</c> so a value of the wrong shape (a string where a list belongs) fails too.
/// <code>
/// "Meetings": {
///   "TimeZone": "Europe/Prague",
///   "WorkingHours": { "Monday": [ "09:00-12:00", "13:00-17:00" ], "Friday": [ "09:00-13:00" ] },
///   "DaysOff": [ "2025-12-24" ],
///   "Reps": { "bob": { "TimeZone": "America/New_York", "WorkingHours": { "Friday": [] } } }
/// }
/// </code>
/// </summary>
public sealed class AvailabilityOptions : IValidatableObject
{
    /// <summary>The configuration section the options bind to.</summary>
    public const string SectionName = "Meetings";

    /// <summary>The IANA time zone working hours are read in, unless a rep has their own.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>
    /// Working periods per weekday as <c>HH:mm-HH:mm</c> on the rep's wall clock, e.g. <c>"Monday": ["09:00-12:00"]</c>;
    /// days not listed are days off. Times are multiples of <see cref="Meeting.Grain"/>.
    /// </summary>
    public Dictionary<string, List<string>> WorkingHours { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How long a meeting lasts; a multiple of <see cref="Meeting.Grain"/>.</summary>
    public TimeSpan MeetingLength { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Free time kept after each meeting before the next may start; a multiple of <see cref="Meeting.Grain"/>.</summary>
    public TimeSpan Buffer { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How far apart offered start times are, from the start of each working period (09:00, 09:30...).</summary>
    public TimeSpan SlotInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long from now the earliest offered slot may start, so the rep can prepare.</summary>
    public TimeSpan MinimumNotice { get; set; } = TimeSpan.FromHours(4);

    /// <summary>How many days after today (in the rep's zone) slots are offered for; 0 offers today only.</summary>
    public int DaysAhead { get; set; } = 14;

    /// <summary>Dates (<c>yyyy-MM-dd</c>, in each rep's zone) nobody can be booked on, such as public holidays.</summary>
    public List<string> DaysOff { get; set; } = [];

    /// <summary>Overrides keyed by rep id, as in <c>Routing:Reps</c>; reps not listed use the shared settings.</summary>
    public Dictionary<string, RepAvailabilityOptions> Reps { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The effective availability of a rep: the shared settings with the rep's overrides, if any, applied.</summary>
    /// <exception cref="InvalidOperationException">The settings are invalid; <see cref="Validate"/> says why.</exception>
    public RepAvailability For(string repId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repId);
        return Resolve(Reps.GetValueOrDefault(repId) ?? new RepAvailabilityOptions());
    }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = Check(SectionName, null, TimeZone, WorkingHours, MeetingLength, Buffer, SlotInterval, MinimumNotice, DaysAhead, DaysOff).ToList();
        if (WorkingHours.Values.All(periods => periods.Count == 0))
        {
            results.Add(new($"{SectionName}:WorkingHours lists no working periods; give at least one day, e.g. \"Monday\": [\"09:00-17:00\"].",
                [nameof(WorkingHours)]));
        }
        foreach (var (id, rep) in Reps)
        {
            results.AddRange(string.IsNullOrWhiteSpace(id)
                ? [new($"{SectionName}:Reps has an entry without a rep id.", [nameof(Reps)])]
                : Check($"{SectionName}:Reps:{id}", nameof(Reps), rep.TimeZone, rep.WorkingHours ?? [], rep.MeetingLength, rep.Buffer,
                    rep.SlotInterval, rep.MinimumNotice, rep.DaysAhead, rep.DaysOff ?? []));
        }
        if (results.Count == 0)
        {
            // Only settings that parse can be combined; a scope with no period long enough would never offer a slot.
            var scopes = Reps.Select(rep => (Path: $"{SectionName}:Reps:{rep.Key}", Member: nameof(Reps), Rep: rep.Value))
                .Prepend((Path: SectionName, Member: nameof(MeetingLength), Rep: new RepAvailabilityOptions()));
            foreach (var (path, member, rep) in scopes)
            {
                var availability = Resolve(rep);
                if (!availability.WorkingHours.Values.SelectMany(periods => periods).Any(period => period.Length >= availability.MeetingLength))
                {
                    results.Add(new($"{path} has no working period long enough for a {availability.MeetingLength.TotalMinutes}-minute meeting.", [member]));
                }
            }
        }
        return results;
    }

    private RepAvailability Resolve(RepAvailabilityOptions rep)
    {
        var hours = AvailabilityRules.ParseWorkingHours(WorkingHours);
        foreach (var (day, periods) in AvailabilityRules.ParseWorkingHours(rep.WorkingHours ?? []))
        {
            hours[day] = periods;
        }
        return new RepAvailability
        {
            TimeZone = AvailabilityRules.FindTimeZone(rep.TimeZone ?? TimeZone) ?? throw AvailabilityRules.Invalid(nameof(TimeZone)),
            WorkingHours = hours,
            MeetingLength = rep.MeetingLength ?? MeetingLength,
            Buffer = rep.Buffer ?? Buffer,
            SlotInterval = rep.SlotInterval ?? SlotInterval,
            MinimumNotice = rep.MinimumNotice ?? MinimumNotice,
            DaysAhead = rep.DaysAhead ?? DaysAhead,
            DaysOff = AvailabilityRules.ParseDaysOff(DaysOff.Concat(rep.DaysOff ?? [])).ToHashSet(),
        };
    }

    /// <summary>Checks one scope's settings; a rep's problems are all reported against <see cref="Reps"/>, the path says where.</summary>
    private static IEnumerable<ValidationResult> Check(string path, string? member, string? timeZone, Dictionary<string, List<string>> workingHours,
        TimeSpan? meetingLength, TimeSpan? buffer, TimeSpan? slotInterval, TimeSpan? minimumNotice, int? daysAhead, List<string> daysOff)
    {
        IEnumerable<ValidationResult> As(string field, IEnumerable<string> messages) =>
            messages.Select(message => new ValidationResult(message, [member ?? field]));

        // A rep without a zone of their own uses the shared one, which is checked (and reported) once, for the defaults.
        var zone = member is null || timeZone is not null ? AvailabilityRules.CheckTimeZone(path, timeZone) : [];
        return As(nameof(TimeZone), zone)
            .Concat(As(nameof(WorkingHours), AvailabilityRules.CheckWorkingHours(path, workingHours)))
            .Concat(As(nameof(MeetingLength), AvailabilityRules.CheckDuration(path, nameof(MeetingLength), meetingLength, zeroAllowed: false)))
            .Concat(As(nameof(Buffer), AvailabilityRules.CheckDuration(path, nameof(Buffer), buffer, zeroAllowed: true)))
            .Concat(As(nameof(SlotInterval), AvailabilityRules.CheckDuration(path, nameof(SlotInterval), slotInterval, zeroAllowed: false)))
            .Concat(As(nameof(MinimumNotice), AvailabilityRules.CheckMinimumNotice(path, minimumNotice)))
            .Concat(As(nameof(DaysAhead), AvailabilityRules.CheckDaysAhead(path, daysAhead)))
            .Concat(As(nameof(DaysOff), AvailabilityRules.CheckDaysOff(path, daysOff)));
    }
}
