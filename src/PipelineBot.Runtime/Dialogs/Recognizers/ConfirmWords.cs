namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>
/// Yes/no phrases per language. A null value marks a hedge ("I don't know", "не знаю") whose words would
/// otherwise read as a "no" (Czech colloquial "no" means "well/yeah", so it must not fall back to English);
/// longer phrases win, so "of course not" is a no although it contains a yes.
/// </summary>
internal static class ConfirmWords
{
    /// <summary>The English table, also the fallback for every other language.</summary>
    public static PhraseTable<bool?> English { get; } = new(
    [
        ("yes|y|ya|yeah|yea|yep|yup|sure|ok|okay|k|of course|correct|absolutely|definitely|certainly|i am|i do|that's right|thats right|right|affirmative|sounds good|go ahead|no problem|why not", true),
        ("no|n|nope|nah|not really|no thanks|no thank you|negative|i'm not|im not|i am not|i don't|i dont|i do not|not at all|of course not|absolutely not|definitely not|certainly not|never|not now", false),
        ("i don't know|i dont know|i do not know|not sure|no idea|maybe|perhaps", null),
    ]);

    /// <summary>Returns the locale's own table; English has no other table to consult.</summary>
    public static PhraseTable<bool?> For(RecognizerLanguage language) => language switch
    {
        RecognizerLanguage.Russian => Russian,
        RecognizerLanguage.Serbian => Serbian,
        RecognizerLanguage.Romanian => Romanian,
        RecognizerLanguage.Czech => Czech,
        _ => English,
    };

    private static PhraseTable<bool?> Russian { get; } = new(
    [
        ("да|ага|конечно|верно|угу|ок|окей|хорошо|давай|да конечно|безусловно|точно|разумеется", true),
        ("нет|неа|не совсем|конечно нет|нет спасибо|не надо|ни в коем случае|отнюдь|не сейчас", false),
        ("не знаю|возможно|может быть|наверное", null),
    ]);

    private static PhraseTable<bool?> Serbian { get; } = new(
    [
        ("да|наравно|тачно|може|важи|у реду|свакако|јесте|ок", true),
        ("не|нема|никако|не хвала|нећу|није", false),
        ("не знам|можда|не знам баш", null),
    ], serbianLatin: true);

    private static PhraseTable<bool?> Romanian { get; } = new(
    [
        ("da|sigur|desigur|corect|bineînțeles|bineinteles|sigur că da|exact|în regulă|de acord|ok", true),
        ("nu|nu chiar|deloc|nu mulțumesc|nici vorbă|sigur că nu|categoric nu|nu acum", false),
        ("nu știu|poate|nu sunt sigur|nu sunt sigură", null),
    ]);

    private static PhraseTable<bool?> Czech { get; } = new(
    [
        ("ano|jo|jasně|určitě|správně|jistě|samozřejmě|souhlasím|dobře|ok|no jasně", true),
        ("ne|nikoliv|vůbec|vůbec ne|ani náhodou|určitě ne|ne děkuji|nechci|teď ne", false),
        ("no|nevím|možná|nejsem si jistý|nejsem si jistá", null),
    ]);
}
