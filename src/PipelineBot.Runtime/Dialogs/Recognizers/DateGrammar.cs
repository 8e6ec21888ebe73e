using System.Text.RegularExpressions;

namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>
/// The word tables and patterns for one language, with English words merged in after the language's own
/// (users mix "tomorrow" into Russian chats); built once per language on first use.
/// </summary>
internal sealed class DateGrammar
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly Lazy<DateGrammar>[] Grammars =
    [
        new(() => new DateGrammar(DateVocabularies.English, serbianLatin: false)),
        new(() => new DateGrammar(DateVocabularies.Russian, serbianLatin: false)),
        new(() => new DateGrammar(DateVocabularies.Serbian, serbianLatin: true)),
        new(() => new DateGrammar(DateVocabularies.Romanian, serbianLatin: false)),
        new(() => new DateGrammar(DateVocabularies.Czech, serbianLatin: false)),
    ];

    private static readonly Regex GapWord = new(@"[\p{L}\p{M}\p{Nd}']+", Options);

    private readonly HashSet<string> _fillers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _edgeWords;
    private readonly Regex _edgeAtEnd;

    private DateGrammar(DateVocabulary own, bool serbianLatin)
    {
        DateVocabulary[] vocabularies = own == DateVocabularies.English ? [own] : [own, DateVocabularies.English];
        PhraseTable<T> Table<T>(Func<DateVocabulary, IEnumerable<(string, T)>> select) =>
            new(vocabularies.SelectMany(select), serbianLatin);
        string Words(Func<DateVocabulary, string> select) => Table<bool>(v => [(select(v), true)]).Pattern;

        Months = Table(v => v.Months);
        Weekdays = Table(v => v.Weekdays);
        RelativeDays = Table(v => v.RelativeDays);
        Periods = Table(v => v.Periods);
        Dayparts = Table(v => v.Dayparts);
        NamedHours = Table(v => v.NamedHours);
        HourQualifiers = Table(v => v.HourQualifiers);
        Units = Table(v => v.Units);
        Counts = Table(v => v.Counts);
        Edges = Table(v => v.Edges);

        DayMonth = new Regex(
            $@"(?<![\w.])(?<d>\d{{1,2}})(?:st|nd|rd|th|\.)?\s*(?:of\s+)?(?<mon>{Months.Pattern})(?!\w)\.?(?:,?\s*(?<y>\d{{4}})(?!\d))?",
            Options);
        MonthDay = new Regex(
            $@"(?<!\w)(?<mon>{Months.Pattern})(?!\w)\.?\s*(?<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\w|[:.]\d)(?:,?\s*(?<y>\d{{4}})(?!\d))?",
            Options);
        Weekday = new Regex(
            $@"(?<!\w)(?:(?<next>{Words(v => v.NextBefore)})\s+|(?<this>{Words(v => v.ThisBefore)})\s+)?(?<wd>{Weekdays.Pattern})(?!\w)"
            + $@"(?:\s+(?:(?<nextafter>{Words(v => v.NextAfter)})|(?<thisafter>{Words(v => v.ThisAfter)}))(?!\w))?",
            Options);
        Time = new Regex(
            $@"(?<![\w:.,/])(?:(?<prep>{Words(v => v.TimePrepositions)})\s+|(?<=(?<![\w'])(?<edge>{Edges.Pattern})\s+))?"
            + $@"(?<h>\d{{1,2}})(?::(?<mi>\d{{2}}))?(?![\d:])"
            + $@"(?:\s*(?<mer>[ap])\.?m\.?(?!\w))?(?:\s*(?<unit>{Words(v => v.HourUnits)})(?!\w))?(?:\s+(?<q>{HourQualifiers.Pattern})(?!\w))?",
            Options);
        RelativeIn = new Regex(
            $@"(?<!\w)(?:{Words(v => v.InPrepositions)})\s+(?:(?<n>\d{{1,3}})\s*|(?:{Words(v => v.OneWords)})\s+|(?<w>{Counts.Pattern})\s+)?"
            + $@"(?<unit>{Units.Pattern})(?!\w)",
            Options);
        _edgeWords = [.. Edges.Keys.Select(k => k.Split(' ')[0])];
        _edgeAtEnd = new Regex($@"(?<![\w'])(?<edge>{Edges.Pattern})\s*$", Options);

        foreach (var words in vocabularies.SelectMany(v => new[] { v.Fillers, v.TimePrepositions }))
        {
            foreach (var word in TextFold.Fold(words).Split(['|', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                _fillers.Add(word);
                if (serbianLatin)
                {
                    _fillers.Add(TextFold.SerbianLatin(word));
                }
            }
        }
    }

    public PhraseTable<int> Months { get; }

    public PhraseTable<DayOfWeek> Weekdays { get; }

    public PhraseTable<int> RelativeDays { get; }

    public PhraseTable<CalendarPeriod> Periods { get; }

    public PhraseTable<Daypart> Dayparts { get; }

    public PhraseTable<int> NamedHours { get; }

    public PhraseTable<bool> HourQualifiers { get; }

    public PhraseTable<RelativeUnit> Units { get; }

    public PhraseTable<int> Counts { get; }

    public PhraseTable<WindowEdge> Edges { get; }

    /// <summary>"1 December", "1st of Dec 2026", "1 декабря", "1. prosince".</summary>
    public Regex DayMonth { get; }

    /// <summary>"December 1st", "Dec 1, 2026".</summary>
    public Regex MonthDay { get; }

    /// <summary>A weekday with an optional "next"/"this" before or after it.</summary>
    public Regex Weekday { get; }

    /// <summary>
    /// A clock time; the caller rejects a bare number that has no preposition, minutes, am/pm or unit, unless an edge
    /// word stands before it ("after 3", "с 14 до 16"), which is left out of the match so it can be read separately.
    /// </summary>
    public Regex Time { get; }

    /// <summary>"in 2 hours", "через 3 дня", "za 2 hodiny", "peste o oră".</summary>
    public Regex RelativeIn { get; }

    public static DateGrammar For(RecognizerLanguage language) => Grammars[(int)language].Value;

    /// <summary>
    /// The edge word that ends the text between <paramref name="start"/> and the fragment at <paramref name="end"/>
    /// ("not before 2pm"), with the index where it begins; without one, the index is <paramref name="end"/>.
    /// </summary>
    public (WindowEdge? Edge, int Start) EdgeBefore(string folded, int start, int end)
    {
        // Edge phrases are a few words long, so the search never needs to reach further back than this.
        var from = Math.Max(start, end - 40);
        var m = _edgeAtEnd.Match(folded, from, end - from);
        var cutWord = m.Success && m.Index == from && from > 0 && char.IsLetterOrDigit(folded[from - 1]);
        return m.Success && !cutWord && Edges.TryGetValue(m.Groups["edge"].Value, out var edge) ? (edge, m.Index) : (null, end);
    }

    /// <summary>
    /// True when the text from <paramref name="index"/> on cannot be continuing a number's phrase: it ends, turns to
    /// punctuation, or goes on with a filler word, an edge word or another fragment (<paramref name="fragmentStarts"/>).
    /// </summary>
    public bool EndsTime(string folded, int index, HashSet<int> fragmentStarts)
    {
        var next = GapWord.Match(folded, index);
        return !next.Success
            || !folded.AsSpan(index, next.Index - index).IsWhiteSpace()
            || fragmentStarts.Contains(next.Index)
            || _fillers.Contains(next.Value)
            || _edgeWords.Contains(next.Value);
    }

    /// <summary>True when only punctuation and filler words ("at", "в", "la") separate two fragments.</summary>
    public bool IsFillerGap(string folded, int start, int end) =>
        end - start <= 24
        && GapWord.Matches(folded[start..end]).All(m => _fillers.Contains(m.Value));
}
