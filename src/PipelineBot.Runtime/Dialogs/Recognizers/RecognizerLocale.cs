namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>Maps a BCP-47 tag onto the recognizers' languages and date conventions.</summary>
internal static class RecognizerLocale
{
    private static readonly Dictionary<string, RecognizerLanguage> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ru"] = RecognizerLanguage.Russian,
        ["sr"] = RecognizerLanguage.Serbian,
        ["ro"] = RecognizerLanguage.Romanian,
        ["cs"] = RecognizerLanguage.Czech,
    };

    /// <summary>Picks the language by primary subtag only, so "sr-Latn-RS", "sr-Cyrl" and "sr" share one table.</summary>
    public static RecognizerLanguage Resolve(string? locale) =>
        Languages.GetValueOrDefault(Subtags(locale)[0], RecognizerLanguage.English);

    /// <summary>
    /// True when "12/1" means December 1st: US English, bare "en" and a missing locale (the Bot Framework default
    /// is en-US); every other locale, including unknown ones, reads slashes day first.
    /// </summary>
    public static bool PrefersMonthFirst(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return true;
        }
        var subtags = Subtags(locale);
        if (!subtags[0].Equals("en", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var region = subtags.Skip(1).FirstOrDefault(s => s.Length == 2);
        return region is null || region.Equals("US", StringComparison.OrdinalIgnoreCase);
    }

    private static string[] Subtags(string? locale) =>
        string.IsNullOrWhiteSpace(locale) ? ["en"] : locale.Trim().Split('-', '_');
}
