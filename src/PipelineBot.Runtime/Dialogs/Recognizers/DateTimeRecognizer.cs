namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>Finds dates, times, dayparts, weeks and months in free text and resolves them against the user's clock.</summary>
/// <remarks>
/// <para>Weekdays: a bare "Tuesday" is the next Tuesday strictly after today (said on a Tuesday, it means a week
/// later); "this Tuesday" is the coming Tuesday with today included; "next Tuesday" is the Tuesday of next week
/// (weeks start on Monday), so on Tuesday 2026-11-24 "Thursday" is 11-26 but "next Thursday" is 12-03.</para>
/// <para>Hours: a bare hour ("at 3", "в 3 часа") in 1-7 means afternoon (15:00-19:00) and 8-12 is taken as
/// said, because meetings are booked in business hours; a daypart next to it wins ("at 3 in the morning" is
/// 03:00, "evening at 7" is 19:00). Hours with minutes ("3:30") are read on the 24-hour clock unless am/pm or a
/// daypart says otherwise. A bare number after a word that opens or closes a window ("after 3", "с 14 до 16") is an
/// hour too.</para>
/// <para>Without a date, a time or daypart means its next occurrence (today if it has not passed, otherwise
/// tomorrow); a day and month without a year is the next such date, today included. Slash dates are month-first
/// for en-US, bare "en" and no locale, day-first otherwise; dotted dates are always day-first.</para>
/// <para>Adjacent fragments separated only by filler words ("tomorrow at 3pm", "1.12. v 15:00") form one
/// resolution; separate expressions yield separate resolutions in reading order.</para>
/// </remarks>
public static class DateTimeRecognizer
{
    /// <summary>Returns every date/time expression in the text, resolved; empty when there is none.</summary>
    /// <param name="text">The user's message; null and blank yield nothing.</param>
    /// <param name="locale">BCP-47 tag choosing the words and the slash-date order; null or unknown means en-US.</param>
    /// <param name="now">The user's current local time (Kind Unspecified); relative words resolve against it.</param>
    public static IReadOnlyList<DateTimeResolution> Recognize(string? text, string? locale, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var folded = TextFold.Fold(text);
        var grammar = DateGrammar.For(RecognizerLocale.Resolve(locale));
        var clusters = new List<List<DatePart>>();
        foreach (var part in Fragments(folded, grammar, locale, now))
        {
            if (clusters.Count > 0 && CanJoin(clusters[^1], part) && grammar.IsFillerGap(folded, clusters[^1][^1].End, part.Start))
            {
                clusters[^1].Add(part);
            }
            else
            {
                clusters.Add([part]);
            }
        }
        return [.. clusters.Select(c => Resolve(c, now)).Distinct()];
    }

    /// <summary>
    /// The fragments of folded text in reading order, for callers that group them by rules of their own; see
    /// <see cref="DateLexer.Lex"/> for the late-night reading of "tomorrow".
    /// </summary>
    internal static List<DatePart> Fragments(
        string folded, DateGrammar grammar, string? locale, DateTime now, bool nightBelongsToPreviousDay = false) =>
        LongestFirst(DateLexer.Lex(folded, grammar, now, RecognizerLocale.PrefersMonthFirst(locale), nightBelongsToPreviousDay));

    /// <summary>True when the fragment adds something the cluster lacks (a date to a time, a daypart to a date).</summary>
    internal static bool CanJoin(List<DatePart> cluster, DatePart part) =>
        part.Fixed is null
        && cluster.TrueForAll(p => p.Fixed is null
            && !(p.Date is not null && part.Date is not null)
            && !(p.Time is not null && part.Time is not null)
            && !(p.Daypart is not null && part.Daypart is not null));

    /// <summary>Resolves one cluster of fragments against the user's clock.</summary>
    internal static DateTimeResolution Resolve(List<DatePart> cluster, DateTime now)
    {
        if (cluster[0].Fixed is { } standalone)
        {
            return standalone;
        }
        var today = DateOnly.FromDateTime(now);
        var date = cluster.Find(p => p.Date is not null)?.Date;
        var daypart = cluster.Find(p => p.Daypart is not null)?.Daypart;
        if (cluster.Find(p => p.Time is not null) is { Time: { } time } timePart)
        {
            var hour = time.Hour;
            if (daypart is Daypart.Afternoon or Daypart.Evening && timePart.HourIsAmbiguous && hour < 12)
            {
                hour += 12;
            }
            else if (daypart is null && timePart.HourIsBare && hour is >= 1 and <= 7)
            {
                hour += 12;
            }
            var clock = new TimeOnly(hour, time.Minute);
            var day = date ?? (today.ToDateTime(clock) > now ? today : today.AddDays(1));
            var moment = day.ToDateTime(clock);
            return new DateTimeResolution(DateCalendar.MomentTimex(moment), moment, null, null);
        }
        if (daypart is { } part)
        {
            var (start, end, code) = DateCalendar.Hours(part);
            var day = date ?? (today.ToDateTime(end) > now ? today : today.AddDays(1));
            return new DateTimeResolution($"{DateCalendar.DateTimex(day)}T{code}", null, day.ToDateTime(start), day.ToDateTime(end));
        }
        var single = date.GetValueOrDefault();
        return new DateTimeResolution(DateCalendar.DateTimex(single), single.ToDateTime(TimeOnly.MinValue), null, null);
    }

    // "12 декабря" must win over "в 12", and "the day after tomorrow" over "tomorrow": the longest fragment
    // claims its characters first, then fragments are put back in reading order.
    private static List<DatePart> LongestFirst(List<DatePart> candidates)
    {
        var chosen = new List<DatePart>();
        foreach (var part in candidates.OrderByDescending(p => p.Length).ThenBy(p => p.Start))
        {
            if (!chosen.Exists(c => c.Start < part.End && part.Start < c.End))
            {
                chosen.Add(part);
            }
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }
}
