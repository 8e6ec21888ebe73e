namespace PipelineBot.Host.Content;

/// <summary>What the bot says, looked up by content key in the visitor's language.</summary>
public interface IDialogText
{
    /// <summary>The line for <paramref name="key"/> in <paramref name="locale"/> (else the default language), with <c>{name}</c> placeholders filled.</summary>
    string Get(string key, string? locale, IReadOnlyDictionary<string, string>? values = null);

    /// <summary>The alternatives of a <c>|</c>-separated phrase list, such as the words that ask for help.</summary>
    IReadOnlyList<string> Phrases(string key, string? locale);

    /// <summary>The languages the content has lines in, e.g. en, ru, sr, ro and cs.</summary>
    IReadOnlyCollection<string> Locales { get; }
}
