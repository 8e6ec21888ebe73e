namespace PipelineBot.Host.Tests.Content.Qualification;

/// <summary>The script file as shipped, and copies of it with one edit, so broken-file tests stay close to the real thing.</summary>
internal static class ShippedScript
{
    public static readonly string Path = System.IO.Path.Combine(AppContext.BaseDirectory, "dialogs", "qualify-lead.yaml");

    public static string Text => File.ReadAllText(Path);

    /// <summary>The shipped text with <paramref name="find"/> (which must occur exactly once) replaced.</summary>
    public static string With(string find, string replacement)
    {
        var text = Text;
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' must occur once in the shipped script");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }

    /// <summary>The 1-based line on which <paramref name="snippet"/> starts in <paramref name="text"/>.</summary>
    public static int LineOf(string text, string snippet)
    {
        var at = text.IndexOf(snippet, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{snippet}' is not in the text");
        return text[..at].Count(c => c == '\n') + 1;
    }
}
