using System.Text.Json;

namespace PipelineBot.Host.Content;

/// <summary>Reads <c>{ "language": { "key": "line" } }</c> files, failing with the file and JSON path of the first problem.</summary>
internal static class DialogTextLoader
{
    public static Dictionary<string, Dictionary<string, string>> Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DialogContentException($"The dialog content folder '{folder}' does not exist.");
        }
        var byLocale = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var origin = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var (locale, key, line) in ReadFile(file))
            {
                var lines = byLocale.TryGetValue(locale, out var existing) ? existing : byLocale[locale] = new(StringComparer.Ordinal);
                if (!lines.TryAdd(key, line))
                {
                    throw new DialogContentException($"{file}: $.{locale}.{key}: the key is already defined in {origin[$"{locale}/{key}"]}.");
                }
                origin[$"{locale}/{key}"] = Path.GetFileName(file);
            }
        }
        return byLocale;
    }

    private static List<(string Locale, string Key, string Line)> ReadFile(string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new DialogContentException($"{file}: line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: not valid JSON ({ex.Message}).", ex);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new DialogContentException($"{file}: $: expected an object mapping each language to its lines.");
            }
            var entries = new List<(string, string, string)>();
            foreach (var language in document.RootElement.EnumerateObject())
            {
                if (language.Value.ValueKind != JsonValueKind.Object)
                {
                    throw new DialogContentException($"{file}: $.{language.Name}: expected an object of content keys and lines.");
                }
                foreach (var entry in language.Value.EnumerateObject())
                {
                    if (entry.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(entry.Value.GetString()))
                    {
                        throw new DialogContentException($"{file}: $.{language.Name}.{entry.Name}: expected a non-empty string.");
                    }
                    entries.Add((language.Name, entry.Name, entry.Value.GetString()!));
                }
            }
            return entries;
        }
    }
}
