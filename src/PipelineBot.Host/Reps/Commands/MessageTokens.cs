using System.Buffers;
using System.Text.RegularExpressions;
using PipelineBot.Runtime.Dialogs.Recognizers;

namespace PipelineBot.Host.Reps.Commands;

/// <summary>One word of a message: its folded text and where it stands in the original.</summary>
/// <param name="Folded">Lower-cased, without accents.</param>
/// <param name="Start">Index of its first character in the message.</param>
/// <param name="End">Index just past its last character.</param>
/// <param name="BreakAfter">True when punctuation such as ":" or "," follows it, which often ends a deal's name.</param>
internal readonly record struct Token(string Folded, int Start, int End, bool BreakAfter);

/// <summary>Splits a message into words, keeping "s.r.o", "1.5m", "what's" and "lead-uri" whole.</summary>
internal static partial class MessageTokens
{
    private static readonly SearchValues<char> Breaks = SearchValues.Create(":;,.!?()-–—\"«»“”");

    /// <summary>The message's words in order.</summary>
    public static IReadOnlyList<Token> Of(string message)
    {
        var folded = TextFold.Fold(message);
        var words = Word().Matches(folded);
        var tokens = new Token[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var end = words[i].Index + words[i].Length;
            var next = i + 1 < words.Count ? words[i + 1].Index : folded.Length;
            tokens[i] = new Token(words[i].Value, words[i].Index, end, folded.AsSpan(end, next - end).IndexOfAny(Breaks) >= 0);
        }
        return tokens;
    }

    /// <summary>The original text the tokens from <paramref name="start"/> up to <paramref name="end"/> cover; empty for none.</summary>
    public static string Text(string message, IReadOnlyList<Token> tokens, int start, int end) =>
        end > start ? message[tokens[start].Start..tokens[end - 1].End] : string.Empty;

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+(?:['&.+/-][\p{L}\p{M}\p{Nd}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
