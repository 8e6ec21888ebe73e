using System.Globalization;

namespace PipelineBot.Host.Content;

/// <summary>The culture dates, times and numbers are written in, so they match the language of the line around them.</summary>
public static class ContentCulture
{
    /// <summary>
    /// The culture a content key such as <c>handoff.culture</c> names in the answering language. A neutral one ("en")
    /// takes the visitor's region, so en-GB reads 17:30 where en-US reads 5:30 PM; a specific one ("sr-Cyrl-RS") keeps
    /// the content's script.
    /// </summary>
    public static CultureInfo Of(IDialogText text, string cultureKey, string? locale)
    {
        ArgumentNullException.ThrowIfNull(text);
        var content = CultureInfo.GetCultureInfo(text.Get(cultureKey, locale));
        return content.IsNeutralCulture && Visitor(locale) is { IsNeutralCulture: false } visitor
            && visitor.TwoLetterISOLanguageName == content.TwoLetterISOLanguageName
            ? visitor
            : content;
    }

    /// <summary>A short time in the culture; ICU 72 and later put a narrow no-break space before AM/PM, older ones a plain one: say the same everywhere.</summary>
    public static string ShortTime(DateTimeOffset local, CultureInfo culture) =>
        local.ToString(culture.DateTimeFormat.ShortTimePattern, culture).Replace('\u202F', ' ');

    private static CultureInfo? Visitor(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }
        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
