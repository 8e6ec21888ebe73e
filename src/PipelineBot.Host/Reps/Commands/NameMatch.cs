namespace PipelineBot.Host.Reps.Commands;

/// <summary>
/// A deal or stage as the rep named it, and the known names it matched despite typos, case, word order or a legal
/// suffix. One match is a clear answer; several tie and the rep must choose; none means no such deal or stage.
/// </summary>
/// <param name="Said">What the rep typed for it.</param>
/// <param name="Matches">The known names it matched equally well, in the order they were given.</param>
public sealed record NameMatch(string Said, IReadOnlyList<string> Matches)
{
    /// <summary>The one name matched; null when there is none or the match is ambiguous.</summary>
    public string? Name => Matches.Count == 1 ? Matches[0] : null;
}
