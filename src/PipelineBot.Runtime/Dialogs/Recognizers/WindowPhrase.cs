namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>
/// The fragments of one window, split at the word that closes it: in "from 2 to 4pm tomorrow" the opening side is
/// "2" (after "from") and the closing side "4pm tomorrow" (after "to"). Fragments join a side as in
/// <see cref="DateTimeRecognizer"/>; the first fragment that cannot join ends the phrase, so of "tomorrow or Friday"
/// only "tomorrow" is read.
/// </summary>
internal sealed class WindowPhrase
{
    private WindowPhrase()
    {
    }

    public List<DatePart> Opening { get; } = [];

    /// <summary>"from", "after" and the like before the opening side; null when the side is named plainly.</summary>
    public WindowEdge? OpeningEdge { get; private set; }

    public List<DatePart> Closing { get; } = [];

    /// <summary>"until", "before" and the like before the closing side; null when there is no closing side.</summary>
    public WindowEdge? ClosingEdge { get; private set; }

    /// <summary>Reads the first window in the text; null when the text names no date or time.</summary>
    public static WindowPhrase? Read(string text, string? locale, DateTime now)
    {
        var folded = TextFold.Fold(text);
        var grammar = DateGrammar.For(RecognizerLocale.Resolve(locale));
        var phrase = new WindowPhrase();
        var end = 0;
        foreach (var part in DateTimeRecognizer.Fragments(folded, grammar, locale, now, nightBelongsToPreviousDay: true))
        {
            var (edge, edgeStart) = grammar.EdgeBefore(folded, end, part.Start);
            if (!phrase.TryAdd(part, edge, grammar.IsFillerGap(folded, end, edgeStart)))
            {
                break;
            }
            end = part.End;
        }
        return phrase.Opening.Count + phrase.Closing.Count == 0 ? null : phrase;
    }

    private bool TryAdd(DatePart part, WindowEdge? edge, bool adjacent)
    {
        var closes = edge is WindowEdge.Until or WindowEdge.Before;
        if (Opening.Count + Closing.Count == 0 || (closes && adjacent && Closing.Count == 0))
        {
            if (closes)
            {
                Closing.Add(part);
                ClosingEdge = edge;
            }
            else
            {
                Opening.Add(part);
                OpeningEdge = edge;
            }
            return true;
        }
        var side = Closing.Count > 0 ? Closing : Opening;
        // A second opening word starts a new expression ("after 2pm, or from Friday").
        var secondEdge = edge is not null && (side == Closing || OpeningEdge is not null);
        if (closes || secondEdge || !adjacent)
        {
            return false;
        }
        if (DateTimeRecognizer.CanJoin(side, part))
        {
            side.Add(part);
        }
        else if (!PlaceInWeek(side, part))
        {
            return false;
        }
        OpeningEdge ??= edge;
        return true;
    }

    // "Tuesday next week", "на следующей неделе во вторник": the week says which Tuesday is meant.
    private static bool PlaceInWeek(List<DatePart> side, DatePart part)
    {
        var week = side is [{ Period: CalendarPeriod.ThisWeek or CalendarPeriod.NextWeek } only] ? only
            : part.Period is CalendarPeriod.ThisWeek or CalendarPeriod.NextWeek ? part
            : null;
        var weekday = week == part ? side.Find(p => p.IsWeekday) : part.IsWeekday ? part : null;
        if (week?.Fixed?.Start is not { } monday || weekday?.Date is not { } date)
        {
            return false;
        }
        var placed = weekday with { Date = DateOnly.FromDateTime(monday).AddDays(((int)date.DayOfWeek + 6) % 7) };
        side.Remove(week);
        side.Remove(weekday);
        side.Add(placed);
        return true;
    }
}
