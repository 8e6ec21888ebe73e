using System.Globalization;
using System.Text.RegularExpressions;
using PipelineBot.Sales.Qualification;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PipelineBot.Host.Content.Qualification;

/// <summary>
/// Loads the qualification script from YAML: the rules become the domain's <see cref="QualificationScript"/> (so its
/// own validation runs), the wording a <see cref="QualificationContent"/>. Any problem fails with
/// <see cref="QualificationScriptFileException"/> naming the file, the line and question, and what is wrong.
/// </summary>
public static partial class QualificationScriptLoader
{
    /// <summary>Reads and checks the script file.</summary>
    /// <exception cref="QualificationScriptFileException">The file is missing, unreadable or invalid.</exception>
    public static QualificationDefinition Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        string yaml;
        try
        {
            yaml = File.ReadAllText(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new QualificationScriptFileException(fullPath, [$"cannot be read ({ex.Message})"], ex);
        }
        return Parse(yaml, fullPath);
    }

    /// <summary>Checks YAML text as if read from <paramref name="fileName"/>, which only labels the messages.</summary>
    /// <exception cref="QualificationScriptFileException">The text is not a valid script.</exception>
    public static QualificationDefinition Parse(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var root = ParseYaml(yaml, fileName);
        var log = new ProblemLog();
        var parsed = ScriptReader.Read(root, log);
        // Shape problems first: the domain's checks on half-read questions would only add noise.
        if (log.Problems.Count > 0)
        {
            throw new QualificationScriptFileException(fileName, log.Problems);
        }
        QualificationScript script;
        try
        {
            script = new QualificationScript(parsed.Questions.Select(q => q.Question));
        }
        catch (QualificationScriptException ex)
        {
            throw new QualificationScriptFileException(fileName, [.. ex.Problems.Select(p => WithLine(p, parsed))], ex);
        }
        var content = parsed.Questions.ToDictionary(q => q.Question.Id, q => q.Content, StringComparer.Ordinal);
        return new QualificationDefinition(fileName, script, new QualificationContent(parsed.Locales, content));
    }

    private static YamlNode ParseYaml(string yaml, string fileName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new QualificationScriptFileException(fileName, [$"line {ex.Start.Line}, column {ex.Start.Column}: not valid YAML: {Reason(ex)}"], ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet 16 throws this, without a position, for e.g. "key: value" inside an unclosed [ list.
            throw new QualificationScriptFileException(
                fileName, [$"{LastGoodPlace(yaml)}: not valid YAML: the structure breaks here or just after (an unclosed bracket, brace or quote?)"], ex);
        }
        return stream.Documents.Count switch
        {
            0 => throw new QualificationScriptFileException(fileName, ["the file is empty"]),
            1 => stream.Documents[0].RootNode,
            _ => throw new QualificationScriptFileException(fileName, [$"{ProblemLog.At(stream.Documents[1].RootNode)}: holds {stream.Documents.Count} YAML documents; expected one"]),
        };
    }

    // Replays the parse event by event to find where it stopped making sense.
    private static string LastGoodPlace(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Expected: the replay fails where the load did.
        }
        return $"line {last.Line}, column {last.Column}";
    }

    // YamlDotNet prefixes its message with the span, which the line and column already say.
    private static string Reason(YamlException ex) => SpanPrefix().Replace(ex.Message, string.Empty);

    // The domain numbers questions from 1 in script order, as the file lists them; point at the line too.
    private static string WithLine(string problem, ParsedScript parsed)
    {
        var match = QuestionNumber().Match(problem);
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= parsed.Questions.Count
            ? $"{ProblemLog.At(parsed.Questions[number - 1].Node)}: {problem}"
            : problem;
    }

    [GeneratedRegex(@"^question (\d+)\b")]
    private static partial Regex QuestionNumber();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex SpanPrefix();
}
