namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>
/// Scale words, currencies and English number words. Scale and currency words are shared by all languages:
/// they do not collide across ru/sr/ro/cs/en, and users mix "50k" into any language.
/// </summary>
internal static class NumberWords
{
    /// <summary>Words and suffixes that scale the number before them ("50k", "2 млн", "3 mii").</summary>
    public static PhraseTable<decimal> Multipliers { get; } = new(
    [
        ("k|к|thousand|thousands|тыс|тыс.|тысяча|тысячи|тысяч|хиљада|хиљаде|хиљаду|хиљ|хиљ.|mie|mii|tisíc|tisíce|tisícovek|tis|tis.", 1_000m),
        ("hundred|hundreds", 100m),
        ("m|mm|mn|mln|million|millions|млн|млн.|миллион|миллиона|миллионов|милион|милиона|милиони|milion|milioane|milionu|milionů|miliony|mil.", 1_000_000m),
        ("b|bn|billion|billions|млрд|млрд.|миллиард|миллиарда|миллиардов|милијарда|милијарде|милијарди|miliard|miliarde|miliarda|miliardy|mld|mld.", 1_000_000_000m),
    ], serbianLatin: true);

    /// <summary>Symbols, codes and currency words mapped to ISO codes.</summary>
    public static PhraseTable<string> Currencies { get; } = new(
    [
        ("$|usd|us$|dollar|dollars|buck|bucks|доллар|доллара|долларов|долар|долара|dolar|dolari|dolary|dolarů", "USD"),
        ("€|eur|euro|euros|евро|евра|evra|eura", "EUR"),
        ("£|gbp|pound|pounds", "GBP"),
        ("₽|rub|руб|руб.|рубль|рубля|рублей", "RUB"),
        ("kč|czk|koruna|koruny|korun", "CZK"),
        ("ron|lei|leu", "RON"),
        ("rsd|дин|дин.|динар|динара|динари", "RSD"),
    ], serbianLatin: true);

    /// <summary>English number words below a hundred.</summary>
    public static PhraseTable<int> EnglishUnits { get; } = new(
    [
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
        ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
        ("thirty", 30), ("forty|fourty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
    ]);

    /// <summary>English scale words; "hundred" multiplies the running group, the others close it.</summary>
    public static PhraseTable<decimal> EnglishScales { get; } = new(
    [
        ("hundred", 100m), ("thousand", 1_000m), ("million", 1_000_000m), ("billion", 1_000_000_000m),
    ]);
}
