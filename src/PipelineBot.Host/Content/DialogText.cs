using Microsoft.Extensions.Options;

namespace PipelineBot.Host.Content;

/// <summary>
/// The lines of every file in the dialogs folder, loaded and checked once at start-up: each file maps a language to
/// its keys. A broken file stops start-up with a message naming the file, the place and the problem, so a content
/// edit never surfaces as a missing line mid-conversation.
/// </summary>
public sealed class DialogText : IDialogText
{
    private readonly Dictionary<string, Dictionary<string, string>> _byLocale;
    private readonly string _defaultLocale;

    /// <summary>Loads the content folder named by the options.</summary>
    public DialogText(IOptions<ContentOptions> options)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, options.Value.DialogsPath);
        _defaultLocale = options.Value.DefaultLocale;
        _byLocale = DialogTextLoader.Load(folder);
        if (!_byLocale.ContainsKey(_defaultLocale))
        {
            throw new DialogContentException($"{folder}: no file has lines for the default language '{_defaultLocale}'.");
        }
    }

    /// <inheritdoc />
    public string Get(string key, string? locale, IReadOnlyDictionary<string, string>? values = null)
    {
        var line = Lookup(key, locale);
        if (values is null)
        {
            return line;
        }
        foreach (var (name, value) in values)
        {
            line = line.Replace($"{{{name}}}", value, StringComparison.Ordinal);
        }
        return line;
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string> Locales => _byLocale.Keys;

    /// <inheritdoc />
    public IReadOnlyList<string> Phrases(string key, string? locale) =>
        Lookup(key, locale).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private string Lookup(string key, string? locale)
    {
        foreach (var candidate in Candidates(locale))
        {
            if (_byLocale.TryGetValue(candidate, out var lines) && lines.TryGetValue(key, out var line))
            {
                return line;
            }
        }
        throw new KeyNotFoundException($"No dialog content has the key '{key}' (language '{_defaultLocale}').");
    }

    private IEnumerable<string> Candidates(string? locale)
    {
        if (!string.IsNullOrWhiteSpace(locale))
        {
            yield return locale;
            var dash = locale.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                yield return locale[..dash];
            }
        }
        yield return _defaultLocale;
    }
}
