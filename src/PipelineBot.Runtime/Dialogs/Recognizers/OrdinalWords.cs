namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>
/// Ordinal words that pick a choice by position; -1 means the last one. Romanian "al doilea"/"a doua" match by
/// their second word, since "al"/"a" alone carry no position.
/// </summary>
internal static class OrdinalWords
{
    private static readonly (string Words, int Position)[] EnglishEntries =
    [
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
        ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("last", -1),
    ];

    private static readonly PhraseTable<int> English = new(EnglishEntries);

    private static readonly PhraseTable<int> Russian = new(
    [
        ("первый|первая|первое|первую|первого", 1), ("второй|вторая|второе|вторую|второго", 2),
        ("третий|третья|третье|третью|третьего", 3), ("четвертый|четвертая|четвертое|четвертую|четвертого", 4),
        ("пятый|пятая|пятое|пятую|пятого", 5), ("шестой|шестая|шестое|шестую", 6), ("последний|последняя|последнее|последнюю", -1),
        .. EnglishEntries,
    ]);

    private static readonly PhraseTable<int> Serbian = new(
    [
        ("први|прва|прво|прву|првог", 1), ("други|друга|друго|другу|другог", 2), ("трећи|трећа|треће|трећу|трећег", 3),
        ("четврти|четврта|четврто|четврту", 4), ("пети|пета|пето|пету", 5), ("шести|шеста|шесто|шесту", 6),
        ("последњи|последња|последње|последњу", -1),
        .. EnglishEntries,
    ], serbianLatin: true);

    private static readonly PhraseTable<int> Romanian = new(
    [
        ("primul|prima|întâiul|întâia", 1), ("doilea|doua", 2), ("treilea|treia", 3), ("patrulea|patra", 4),
        ("cincilea|cincea", 5), ("șaselea|șasea", 6), ("ultimul|ultima", -1),
        .. EnglishEntries,
    ]);

    private static readonly PhraseTable<int> Czech = new(
    [
        ("první", 1), ("druhý|druhá|druhé|druhou", 2), ("třetí", 3), ("čtvrtý|čtvrtá|čtvrté|čtvrtou", 4),
        ("pátý|pátá|páté|pátou", 5), ("šestý|šestá|šesté|šestou", 6), ("poslední", -1),
        .. EnglishEntries,
    ]);

    /// <summary>The locale's ordinals plus English ones, which users type in any language.</summary>
    public static PhraseTable<int> For(RecognizerLanguage language) => language switch
    {
        RecognizerLanguage.Russian => Russian,
        RecognizerLanguage.Serbian => Serbian,
        RecognizerLanguage.Romanian => Romanian,
        RecognizerLanguage.Czech => Czech,
        _ => English,
    };
}
