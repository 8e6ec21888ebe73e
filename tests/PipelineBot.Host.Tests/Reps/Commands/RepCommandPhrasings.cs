namespace PipelineBot.Host.Tests.Reps.Commands;

/// <summary>
/// How reps ask for things, in every language, with typos, word orders and amounts, and what each must be read as
/// (see <see cref="CommandDescription"/>). The visitor refusal tests send the same phrases from a visitor.
/// </summary>
internal static class RepCommandPhrasings
{
    /// <summary>The deals the phrases name, as the pipeline would list them.</summary>
    public static readonly string[] Deals =
    [
        "Acme Analytics Ltd", "Globex GmbH", "Initech s.r.o.", "Umbrella Corporation", "Stark Industries", "Hooli Inc.", "ООО Ромашка",
    ];

    /// <summary>The shipped pipeline's stages.</summary>
    public static readonly string[] Stages = ["Contact", "Meeting", "Discovery", "Proposal", "Negotiation", "Closed Won", "Closed Lost"];

    /// <summary>Tuesday morning, so "by Friday" is 2026-11-27 and "tomorrow" 2026-11-25.</summary>
    public static readonly DateTime Now = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Unspecified);

    public static readonly (string Text, string Locale, string Expected)[] All =
    [
        // English: keywords, typos and punctuation.
        ("which deals are stuck?", "en-US", "stuck"),
        ("Which deals are stcuk", "en-US", "stuck"),
        ("show me stalled deals", "en-US", "stuck"),
        ("my pipeline", "en-US", "summary"),
        ("pipeline summary by stage", "en-US", "summary"),
        ("how's my pipline looking?", "en-US", "summary"),
        ("forecast this quarter", "en-US", "forecast Quarter"),
        ("what's the forecast for next month?", "en-US", "forecast next Month"),
        ("forecast", "en-US", "forecast Month"),
        ("metrics", "en-US", "metrics All"),
        ("what's our pipeline velocity?", "en-US", "metrics Velocity"),
        ("win rate this quarter", "en-US", "metrics WinRate"),
        ("who should I call today?", "en-US", "call today"),
        ("call list", "en-US", "call today"),
        ("help", "en-US", "help"),
        ("what can you do?", "en-US", "help"),
        ("?", "en-US", "help"),

        // English: amounts and periods.
        ("how many leads do I need for 100k a month?", "en-US", "ideal 100000 per Month"),
        ("How many deals do I need to hit 1.5m this quarter", "en-US", "ideal 1500000 per Quarter"),
        ("ideal pipeline size for 100 000 per year", "en-US", "ideal 100000 per Year"),
        ("how many leads do i need for €250k quarterly", "en-US", "ideal 250000 EUR per Quarter"),
        ("how many opportunities do I need", "en-US", "ideal none per Month"),

        // English: deals by name, with typos, word order, case and legal suffixes.
        ("move Acme to Proposal", "en-US", "advance Acme Analytics Ltd to Proposal"),
        ("advance acme analytics to negotiation", "en-US", "advance Acme Analytics Ltd to Negotiation"),
        ("please move the Acme deal to the proposal stage", "en-US", "advance Acme Analytics Ltd to Proposal"),
        ("Move Acme Analitycs Ltd to Propsal", "en-US", "advance Acme Analytics Ltd to Proposal"),
        ("advance Globex", "en-US", "advance Globex GmbH to next"),
        ("push Initech sro into Negotiation", "en-US", "advance Initech s.r.o. to Negotiation"),
        ("move ANALYTICS ACME to closed won", "en-US", "advance Acme Analytics Ltd to Closed Won"),
        ("mark Acme as won", "en-US", "won Acme Analytics Ltd"),
        ("we won Globex!", "en-US", "won Globex GmbH"),
        ("mark Stark Industries lost because they chose a competitor", "en-US", "lost Stark Industries: they chose a competitor"),
        ("Globex is lost: budget frozen until 2027", "en-US", "lost Globex GmbH: budget frozen until 2027"),
        ("mark hooli lost", "en-US", "lost Hooli Inc."),
        ("add a note to Acme: wants a two-year discount", "en-US", "note Acme Analytics Ltd: wants a two-year discount"),
        ("note for Umbrella - CFO joins the next call", "en-US", "note Umbrella Corporation: CFO joins the next call"),
        ("next step for Acme: send contract by Friday", "en-US", "next step Acme Analytics Ltd: send contract due 2026-11-27"),
        ("set next step for Initech to book a demo tomorrow", "en-US", "next step Initech s.r.o.: book a demo tomorrow due 2026-11-25"),
        ("Stark Industries next step: call the CFO", "en-US", "next step Stark Industries: call the CFO"),
        ("show Stark Industries", "en-US", "show Stark Industries"),
        ("how is umbrela doing?", "en-US", "show Umbrella Corporation"),
        ("show industries stark", "en-US", "show Stark Industries"),
        ("show Initech spol. s r.o.", "en-US", "show Initech s.r.o."),
        ("show Foo Bar Ltd", "en-US", "show ?Foo Bar Ltd"),

        // Russian.
        ("какие сделки застряли?", "ru-RU", "stuck"),
        ("покажи мою воронку", "ru-RU", "summary"),
        ("перенеси Acme в Proposal", "ru-RU", "advance Acme Analytics Ltd to Proposal"),
        ("передвинь сделку Globex на этап Negotiation", "ru-RU", "advance Globex GmbH to Negotiation"),
        ("отметь Acme как выигранную", "ru-RU", "won Acme Analytics Ltd"),
        ("Stark Industries проиграна, причина: выбрали конкурента", "ru-RU", "lost Stark Industries: выбрали конкурента"),
        ("следующий шаг для Ромашки: отправить договор до пятницы", "ru-RU", "next step ООО Ромашка: отправить договор due 2026-11-27"),
        ("прогноз на следующий квартал", "ru-RU", "forecast next Quarter"),
        ("сколько лидов нужно для 100 000 в месяц", "ru-RU", "ideal 100000 per Month"),
        ("кому позвонить сегодня", "ru-RU", "call today"),

        // Serbian, in Cyrillic and in Latin script.
        ("који послови су заглављени?", "sr-Cyrl-RS", "stuck"),
        ("помери Acme у Proposal", "sr-Cyrl-RS", "advance Acme Analytics Ltd to Proposal"),
        ("pomeri Globex na Negotiation", "sr-Cyrl-RS", "advance Globex GmbH to Negotiation"),
        ("прогноз за овај квартал", "sr-Cyrl-RS", "forecast Quarter"),
        ("кога да позовем данас", "sr-Cyrl-RS", "call today"),

        // Romanian.
        ("care oportunități sunt blocate?", "ro-RO", "stuck"),
        ("mută Acme la Proposal", "ro-RO", "advance Acme Analytics Ltd to Proposal"),
        ("marchează Hooli ca pierdut pentru că nu au buget", "ro-RO", "lost Hooli Inc.: nu au buget"),
        ("prognoza pentru trimestrul următor", "ro-RO", "forecast next Quarter"),
        ("câte lead-uri îmi trebuie pentru 50.000 de euro pe lună", "ro-RO", "ideal 50000 EUR per Month"),

        // Czech.
        ("které obchody uvízly?", "cs-CZ", "stuck"),
        ("přesuň Initech do Negotiation", "cs-CZ", "advance Initech s.r.o. to Negotiation"),
        ("označ Acme jako vyhraný", "cs-CZ", "won Acme Analytics Ltd"),
        ("přidej poznámku k Umbrella: chtějí slevu", "cs-CZ", "note Umbrella Corporation: chtějí slevu"),
        ("kolik leadů potřebuji na 1,5 mil. Kč za čtvrtletí", "cs-CZ", "ideal 1500000 CZK per Quarter"),
        ("jaká je rychlost pipeline?", "cs-CZ", "metrics Velocity"),
        ("nápověda", "cs-CZ", "help"),
    ];
}
