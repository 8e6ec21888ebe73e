namespace PipelineBot.Host.Tools.Demo;

/// <summary>
/// Made-up companies and people for the demo pipeline. Every company name is distinct, since reps name deals by their
/// company in the chat, and addresses are under the reserved <c>.example</c> domain, so none can reach anyone.
/// </summary>
internal static class DemoNames
{
    private static readonly string[] CompanyFirstWords =
    [
        "Northwind", "Blue Harbor", "Silverline", "Red Maple", "Brightpath", "Ironwood", "Clearwater", "Stonebridge",
        "Greenfield", "Oakridge", "Summit", "Riverside", "Lakeshore", "Highland", "Evergreen", "Sunrise", "Granite",
        "Westbrook", "Eastgate", "Pinecrest", "Foxglove", "Copperleaf", "Meadowlark", "Starling", "Harborview",
        "Kestrel", "Juniper", "Bluebell", "Falcon", "Cedar", "Aurora", "Polaris", "Vltava", "Danube", "Carpathia",
        "Balkan", "Baltic", "Adriatic", "Moravia", "Volga",
    ];

    private static readonly string[] CompanySecondWords =
    [
        "Analytics", "Logistics", "Software", "Robotics", "Foods", "Textiles", "Energy", "Health", "Finance",
        "Insurance", "Media", "Motors", "Pharma", "Retail", "Systems", "Labs", "Consulting", "Security", "Telecom",
        "Machinery", "Packaging", "Travel", "Education", "Construction", "Biotech",
    ];

    private static readonly string[] FirstNames =
    [
        "Jana", "Petr", "Ivana", "Tomáš", "Eva", "Lucie", "Pavel", "Elena", "Andrei", "Ioana", "Mihai", "Olga", "Dmitri",
        "Sofia", "Marko", "Jelena", "Nikola", "Milica", "James", "Emily", "Oliver", "Grace", "Lucas", "Mia", "Noah",
        "Hannah", "Daniel", "Laura", "Martin", "Clara",
    ];

    private static readonly string[] LastNames =
    [
        "Novák", "Svoboda", "Dvořák", "Černá", "Popescu", "Ionescu", "Stan", "Ivanova", "Petrov", "Smirnova", "Jovanović",
        "Petrović", "Nikolić", "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke", "Walker", "Fischer", "Weber",
        "Horvat", "Kovač", "Nagy", "Rossi", "Bianchi", "Moreau", "Laurent", "Berg",
    ];

    /// <summary>How many distinct company names there are.</summary>
    public static int CompanyCount => CompanyFirstWords.Length * CompanySecondWords.Length;

    /// <summary>The <paramref name="index"/>-th company name (0 ≤ index &lt; <see cref="CompanyCount"/>).</summary>
    public static string Company(int index) =>
        $"{CompanyFirstWords[index % CompanyFirstWords.Length]} {CompanySecondWords[index / CompanyFirstWords.Length % CompanySecondWords.Length]}";

    /// <summary>A person's name picked with the random source.</summary>
    public static (string First, string Last) Person(Random random) =>
        (FirstNames[random.Next(FirstNames.Length)], LastNames[random.Next(LastNames.Length)]);

    /// <summary>The company's made-up web domain, e.g. <c>blue-harbor-analytics.example</c>.</summary>
    public static string Domain(string company) => $"{Ascii(company).Replace(' ', '-')}.example";

    /// <summary>A mailbox name made of the person's name in plain letters, e.g. <c>tomas.novak</c>.</summary>
    public static string Mailbox(string first, string last) => $"{Ascii(first)}.{Ascii(last)}";

    private static string Ascii(string text) =>
        new([.. text.Normalize(System.Text.NormalizationForm.FormD).Where(c => c is ' ' || char.IsAsciiLetterOrDigit(c)).Select(char.ToLowerInvariant)]);
}
