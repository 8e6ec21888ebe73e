using PipelineBot.Runtime.Dialogs.Recognizers;

namespace PipelineBot.Host.Reps.Commands;

/// <summary>
/// The deal or stage names one message is matched against, split into words once and indexed. A message is tried many
/// ways (every split into a deal and a note), and a rep may have thousands of deals: the index finds the few names
/// that share a word with what was said, or are about as long run together, and compares each word pair once.
/// </summary>
internal sealed class KnownNames
{
    private readonly Entry[] _names;
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<int>> _byLength = [];
    private readonly Dictionary<string, int[]> _near = new(StringComparer.Ordinal);

    public KnownNames(IEnumerable<Entry> names)
    {
        _names = [.. names];
        for (var i = 0; i < _names.Length; i++)
        {
            foreach (var word in _names[i].Words.Distinct(StringComparer.Ordinal))
            {
                (_byWord.TryGetValue(word, out var list) ? list : _byWord[word] = []).Add(i);
            }
            (_byLength.TryGetValue(_names[i].Joined.Length, out var same) ? same : _byLength[_names[i].Joined.Length] = []).Add(i);
        }
    }

    /// <summary>
    /// The names that could score at all against the words said, in the order they were given: those sharing a word
    /// (typos allowed), and those about as long as what was said run together.
    /// </summary>
    public IEnumerable<Entry> Candidates(string[] said, string joined) =>
        said.SelectMany(Near)
            .Concat(Enumerable.Range(joined.Length - NameMatcher.MaxTypos, (2 * NameMatcher.MaxTypos) + 1)
                .SelectMany(length => _byLength.GetValueOrDefault(length) ?? []))
            .Distinct()
            .Order()
            .Select(i => _names[i]);

    private int[] Near(string word)
    {
        if (!_near.TryGetValue(word, out var names))
        {
            _near[word] = names = [.. _byWord
                .Where(known => EditDistance.Compute(word, known.Key, NameMatcher.AllowedTypos(known.Key.Length)) <= NameMatcher.AllowedTypos(known.Key.Length))
                .SelectMany(known => known.Value)];
        }
        return names;
    }

    /// <summary>A known name with its core words (no legal forms) and those words run together.</summary>
    internal sealed record Entry(string Name, string[] Words, string Joined);
}
