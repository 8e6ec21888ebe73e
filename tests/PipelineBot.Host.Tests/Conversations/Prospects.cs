namespace PipelineBot.Host.Tests.Conversations;

/// <summary>
/// What three kinds of prospect answer, in each of the five languages, the way a visitor would type it: localized
/// yes/no, amounts with local grouping and currency words, choices by a synonym rather than the button title.
/// Keys are question ids; a question missing from a script must not be asked.
/// </summary>
internal static class Prospects
{
    public static readonly string[] Locales = ["en-US", "ru-RU", "sr-Cyrl-RS", "ro-RO", "cs-CZ"];

    /// <summary>A European mid-market software executive with budget, authority, need and a near timeline.</summary>
    public static IReadOnlyDictionary<string, string> Strong(string locale) => Language(locale) switch
    {
        "ru" => Script("да", "Анна Иванова", "anna@acme-analytics.ru", "Акме Аналитика", "основатель", "50 000 долларов", "решение принимаю я", "лиды", "в этом квартале", "средняя", "айти", "Европа"),
        "sr" => Script("да", "Марко Јовановић", "marko@acme-analytics.rs", "Акме Аналитика", "оснивач", "50 хиљада евра", "ја доносим одлуку", "лидови", "овог квартала", "средња", "софтвер", "Европа"),
        "ro" => Script("da", "Ioana Popescu", "ioana@acme-analytics.ro", "Acme Analytics", "fondator", "50.000 de euro", "eu hotărăsc", "lead-uri", "în acest trimestru", "medie", "software", "Europa"),
        "cs" => Script("ano", "Jana Nováková", "jana@acme-analytics.cz", "Acme Analytics", "zakladatel", "1 200 000 Kč", "rozhoduji sám", "poptávky", "toto čtvrtletí", "střední", "software", "Evropa"),
        _ => Script("yes", "Ada Lovelace", "ada@acme-analytics.com", "Acme Analytics", "CTO", "$50,000", "I decide", "lead capture", "this quarter", "medium", "software", "Europe"),
    };

    /// <summary>A small retailer's team lead: a budget, but a shared decision, reporting needs and no hurry.</summary>
    public static IReadOnlyDictionary<string, string> Middling(string locale) => Language(locale) switch
    {
        "ru" => Script("да", "Олег Петров", "oleg@magazin-plus.ru", "Магазин Плюс", "тимлид", "10 тысяч рублей", "решаем вместе", "отчёты", "до конца года", "стартап", "розница", "Другой регион"),
        "sr" => Script("да", "Ана Петровић", "ana@prodavnica.rs", "Продавница Плус", "вођа тима", "10 хиљада динара", "одлучујемо заједно", "извештаји", "до краја године", "стартап", "малопродаја", "латинска америка"),
        "ro" => Script("da", "Mihai Ionescu", "mihai@magazin-plus.ro", "Magazin Plus", "șef de echipă", "10.000 lei", "decidem împreună", "rapoarte", "până la sfârșitul anului", "startup", "comerț", "altundeva"),
        "cs" => Script("ano", "Petr Svoboda", "petr@obchod-plus.cz", "Obchod Plus", "vedoucí týmu", "10 tisíc Kč", "rozhodujeme společně", "reporty", "do konce roku", "startup", "e-shop", "latinská amerika"),
        _ => Script("yes", "Grace Hopper", "grace@shopwell.com", "ShopWell", "team lead", "$10,000", "we decide together", "reporting", "later this year", "startup", "retail", "somewhere else"),
    };

    /// <summary>
    /// A visitor who declines consent, researches for someone else and is just browsing: two negative BANT answers.
    /// Without consent no contact question may be asked, so the script has none.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Cold(string locale) => Language(locale) switch
    {
        "ru" => Anonymous("нет", "20 тысяч евро", "не я", "просто интересуюсь", "через 3 месяца", "крупная", "банк", "сша"),
        "sr" => Anonymous("не", "20 хиљада евра", "не ја", "само гледам", "за 3 месеца", "велика", "банка", "америка"),
        "ro" => Anonymous("nu", "20 de mii de euro", "nu eu", "doar mă uit", "peste 3 luni", "mare", "bănci", "sua"),
        "cs" => Anonymous("ne", "500 tisíc Kč", "ne já", "jen koukám", "za 3 měsíce", "velká", "banka", "usa"),
        _ => Anonymous("no", "$20k", "someone else", "just browsing", "next quarter", "large", "banking", "usa"),
    };

    private static string Language(string locale) => locale.Split('-')[0];

    private static Dictionary<string, string> Script(
        string consent, string name, string email, string company, string role, string budget,
        string authority, string need, string timeline, string size, string industry, string region) => new()
        {
            ["consent"] = consent, ["name"] = name, ["work-email"] = email, ["company"] = company, ["role"] = role,
            ["budget"] = budget, ["authority"] = authority, ["need"] = need, ["timeline"] = timeline,
            ["company-size"] = size, ["industry"] = industry, ["region"] = region,
        };

    private static Dictionary<string, string> Anonymous(
        string consent, string budget, string authority, string need, string timeline, string size, string industry, string region) => new()
        {
            ["consent"] = consent, ["budget"] = budget, ["authority"] = authority, ["need"] = need, ["timeline"] = timeline,
            ["company-size"] = size, ["industry"] = industry, ["region"] = region,
        };
}
