using System.Text.RegularExpressions;
using PipelineBot.Runtime.Dialogs.Recognizers;

namespace PipelineBot.Host.Reps.Commands;

/// <summary>
/// Matches what a rep called a deal or a stage against the names the caller knows, tolerating case, accents, word
/// order, legal suffixes ("Ltd", "s.r.o.", "ООО") on either side, filler words ("the", "deal", "stage") in what was
/// said, and typos: per word, Damerau-Levenshtein distance 1 from four letters, 2 from eight and 3 from thirteen.
/// </summary>
internal sealed partial class NameMatcher(IReadOnlyList<PhrasePattern> filler, IReadOnlyList<string[]> legalForms)
{
    // Scores below this are no match.
    private const double Threshold = 0.3;

    /// <summary>Scores from this up are a whole name, typos aside, rather than a part of one.</summary>
    public const double WholeName = 0.85;

    /// <summary>The most typos a word or a name run together may have.</summary>
    public const int MaxTypos = 3;

    /// <summary>The names split into words and indexed, once for all the ways a message is tried.</summary>
    public KnownNames Prepare(IReadOnlyList<string> names) => new(names.Select(Known));

    /// <summary>The names that match best, in the order they were given, with the score they share (0 when none does).</summary>
    public (NameMatch Match, double Score) Match(string said, KnownNames names)
    {
        // Legal forms come off before the filler too, or the "s" of "spol. s r.o." would go as Czech for "with".
        var words = Core(WithoutFiller(Core(Words(said))));
        var scored = names.Candidates(words, string.Concat(words))
            .Select(name => (name.Name, Score: Score(words, name)))
            .Where(s => s.Score >= Threshold)
            .ToList();
        var best = scored.Count > 0 ? scored.Max(s => s.Score) : 0;
        return (new NameMatch(said, [.. scored.Where(s => best - s.Score < 1e-9).Select(s => s.Name)]), best);
    }

    /// <summary>The folded words of a name; dots go first, so "s.r.o." is the word "sro".</summary>
    public static string[] Words(string name) =>
        [.. Word().Matches(TextFold.Fold(name).Replace(".", string.Empty, StringComparison.Ordinal)).Select(m => m.Value)];

    /// <summary>Typos allowed in a word (or a name run together) of this length: 1 from four letters, 2 from eight, 3 from thirteen.</summary>
    public static int AllowedTypos(int length) => length <= 3 ? 0 : length <= 7 ? 1 : length <= 12 ? 2 : MaxTypos;

    private KnownNames.Entry Known(string name)
    {
        var words = Core(Words(name));
        return new KnownNames.Entry(name, words, string.Concat(words));
    }

    // 1 for the same words, a little less per typo or for the words run together; a shortened name ("Acme" for Acme
    // Analytics) counts, the name buried among other words hardly, so "Acme send contract" is not a deal's name.
    private static double Score(string[] said, KnownNames.Entry known)
    {
        var name = known.Words;
        if (said.Length == 0 || name.Length == 0)
        {
            return 0;
        }
        var (paired, typos) = Pair(said, name);
        if (paired == said.Length && paired == name.Length)
        {
            return typos == 0 ? 1.0 : Math.Max(0.6, 0.95 - (0.1 * typos));
        }
        var allowed = AllowedTypos(known.Joined.Length);
        var distance = EditDistance.Compute(string.Concat(said), known.Joined, allowed);
        if (distance <= allowed)
        {
            return distance == 0 ? 0.95 : Math.Max(0.6, 0.9 - (0.1 * distance));
        }
        if (paired == said.Length)
        {
            return 0.5 + (0.3 * said.Length / name.Length) - (0.05 * typos);
        }
        return paired == name.Length ? (0.5 * name.Length / said.Length) - (0.05 * typos) : 0;
    }

    // Closest pairs first; each word pairs once.
    private static (int Paired, int Typos) Pair(string[] said, string[] name)
    {
        var candidates = new List<(int Said, int Name, int Distance)>();
        for (var s = 0; s < said.Length; s++)
        {
            for (var n = 0; n < name.Length; n++)
            {
                var allowed = AllowedTypos(name[n].Length);
                if (EditDistance.Compute(said[s], name[n], allowed) is var distance && distance <= allowed)
                {
                    candidates.Add((s, n, distance));
                }
            }
        }
        var usedSaid = new HashSet<int>();
        var usedName = new HashSet<int>();
        var typos = 0;
        foreach (var (s, n, distance) in candidates.OrderBy(c => c.Distance))
        {
            if (!usedSaid.Contains(s) && !usedName.Contains(n))
            {
                usedSaid.Add(s);
                usedName.Add(n);
                typos += distance;
            }
        }
        return (usedSaid.Count, typos);
    }

    private string[] WithoutFiller(string[] words)
    {
        var tokens = words.Select(w => new Token(w, 0, 0, false)).ToArray();
        var kept = words.Where((_, i) => !filler.Any(f => f.MatchAt(tokens, i, typos: false) == i + 1)).ToArray();
        return kept.Length > 0 ? kept : words;
    }

    // "ООО Ромашка" and "Acme Analytics spol. s r.o." alike: legal forms come off either end, never the whole name.
    private string[] Core(string[] words)
    {
        var core = words.AsSpan();
        var trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            foreach (var form in legalForms)
            {
                if (core.Length > form.Length && core[^form.Length..].SequenceEqual(form))
                {
                    core = core[..^form.Length];
                    trimmed = true;
                }
                else if (core.Length > form.Length && core[..form.Length].SequenceEqual(form))
                {
                    core = core[form.Length..];
                    trimmed = true;
                }
            }
        }
        return core.ToArray();
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
