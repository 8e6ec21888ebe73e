using System.Collections.Immutable;
using PipelineBot.Host.Content;
using PipelineBot.Runtime.Dialogs.Recognizers;

namespace PipelineBot.Host.Reps.Commands;

/// <summary>
/// One phrase of the rep-command content, parsed. Words are separated by spaces; <c>a/b</c> is either word,
/// <c>[a/b]</c> an optional one, <c>stem*</c> any word that starts so (for inflected languages), and <c>{name}</c> a
/// slot capturing one or more words the rep typed there (<c>{name?}</c> may be empty). Matching is on folded words,
/// so case and accents never matter, and a word of five letters or more may carry a typo (two from nine letters).
/// </summary>
internal sealed class PhrasePattern
{
    // "Could you please quickly move..." still reads as a command; a sentence that only ends in one does not.
    private const int MaxLeadingSkip = 6;

    private readonly Part[] _parts;
    private readonly Part[] _words;

    private PhrasePattern(string locale, Part[] parts)
    {
        Locale = locale;
        _parts = parts;
        _words = [.. parts.Where(p => p.Slot is null)];
    }

    /// <summary>The language whose content the phrase comes from.</summary>
    public string Locale { get; }

    /// <summary>Parses a phrase; Serbian phrases also accept each Cyrillic word written in Latin script.</summary>
    /// <exception cref="DialogContentException">The phrase is malformed; the message names the key and language.</exception>
    public static PhrasePattern Parse(string phrase, string key, string locale)
    {
        var serbian = locale.StartsWith("sr", StringComparison.OrdinalIgnoreCase);
        var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(piece => ParsePart(piece, serbian) ?? throw new DialogContentException(
                $"rep-commands: $.{locale}.{key}: '{piece}' in \"{phrase}\" is neither a word, a/b, [optional], stem* nor {{slot}}."))
            .ToArray();
        if (parts.Length == 0)
        {
            throw new DialogContentException($"rep-commands: $.{locale}.{key}: a phrase is empty.");
        }
        return new PhrasePattern(locale, parts);
    }

    /// <summary>
    /// Every way the whole message fits the pattern. A few words before a leading word may be skipped ("please
    /// move..."), and any after a closing word; a closing slot takes the rest of the message.
    /// </summary>
    public List<PatternMatch> MatchAll(IReadOnlyList<Token> tokens)
    {
        var found = new List<PatternMatch>();
        var lastStart = _parts[0].Slot is null ? Math.Min(tokens.Count - 1, MaxLeadingSkip) : 0;
        for (var start = 0; start <= lastStart; start++)
        {
            Walk(tokens, 0, start, new PatternMatch(this, start, 0, 0, ImmutableDictionary<string, (int, int)>.Empty), found);
        }
        return found;
    }

    /// <summary>The first place where the pattern's words stand in a row, ignoring slots.</summary>
    public (int Start, int End)? FindIn(IReadOnlyList<Token> tokens)
    {
        for (var start = 0; start < tokens.Count; start++)
        {
            if (MatchAt(tokens, start) is { } end)
            {
                return (start, end);
            }
        }
        return null;
    }

    /// <summary>
    /// Where the pattern's words end when they start exactly at <paramref name="start"/>; null when they do not.
    /// Without <paramref name="typos"/> only exact words and stems count.
    /// </summary>
    public int? MatchAt(IReadOnlyList<Token> tokens, int start, bool typos = true)
    {
        var at = start;
        foreach (var part in _words)
        {
            if (at < tokens.Count && Fit(part.Words, tokens[at].Folded) is { } edits && (typos || edits == 0))
            {
                at++;
            }
            else if (!part.Optional)
            {
                return null;
            }
        }
        return at > start ? at : null;
    }

    /// <summary>Edits that make the token one of the words (0 for an exact word or stem); null when none is close.</summary>
    public static int? Fit(IReadOnlyList<string> words, string token)
    {
        int? best = null;
        foreach (var word in words)
        {
            if (word.EndsWith('*') ? token.StartsWith(word[..^1], StringComparison.Ordinal) : token == word)
            {
                return 0;
            }
            var allowed = word.EndsWith('*') ? 0 : word.Length >= 9 ? 2 : word.Length >= 5 ? 1 : 0;
            if (allowed > 0 && EditDistance.Compute(token, word, allowed) is var distance && distance <= allowed && distance < (best ?? int.MaxValue))
            {
                best = distance;
            }
        }
        return best;
    }

    private void Walk(IReadOnlyList<Token> tokens, int index, int at, PatternMatch progress, List<PatternMatch> found)
    {
        if (index == _parts.Length)
        {
            var trailing = tokens.Count - at;
            if (trailing == 0 || _parts[^1].Slot is null)
            {
                found.Add(progress with { Skipped = progress.Skipped + trailing });
            }
            return;
        }
        var part = _parts[index];
        if (part.Slot is { } slot)
        {
            var first = index == _parts.Length - 1 ? tokens.Count : at + (part.Optional ? 0 : 1);
            for (var end = first; end <= tokens.Count; end++)
            {
                if (end > at || part.Optional)
                {
                    Walk(tokens, index + 1, end, progress with { Slots = progress.Slots.SetItem(slot, (at, end)) }, found);
                }
            }
            return;
        }
        if (at < tokens.Count && Fit(part.Words, tokens[at].Folded) is { } typos)
        {
            Walk(tokens, index + 1, at + 1, progress with { Words = progress.Words + 1, Typos = progress.Typos + typos }, found);
        }
        if (part.Optional)
        {
            Walk(tokens, index + 1, at, progress, found);
        }
    }

    private static Part? ParsePart(string piece, bool serbian)
    {
        if (piece.Length > 2 && piece[0] == '{' && piece[^1] == '}')
        {
            var name = piece[1..^1];
            var optional = name.EndsWith('?');
            name = name.TrimEnd('?');
            return name.Length > 0 && name.All(char.IsAsciiLetter) ? new Part(name, [], optional) : null;
        }
        var bracketed = piece.Length > 2 && piece[0] == '[' && piece[^1] == ']';
        var words = (bracketed ? piece[1..^1] : piece).Split('/');
        if (words.Any(w => w.Length == 0 || w.TrimEnd('*').Length == 0 || w.AsSpan().IndexOfAny("[]{}") >= 0))
        {
            return null;
        }
        var folded = words.Select(TextFold.Fold);
        return new Part(null, [.. serbian ? folded.SelectMany(w => new[] { w, TextFold.SerbianLatin(w) }).Distinct() : folded], bracketed);
    }

    private sealed record Part(string? Slot, string[] Words, bool Optional);
}
