using System.Collections.Immutable;

namespace PipelineBot.Host.Reps.Commands;

/// <summary>One way a message fits a <see cref="PhrasePattern"/>.</summary>
/// <param name="Pattern">The pattern that fits.</param>
/// <param name="Skipped">Words of the message outside the pattern ("please", "can you").</param>
/// <param name="Words">The pattern's words found in the message.</param>
/// <param name="Typos">Edits needed to make those words the pattern's.</param>
/// <param name="Slots">Each slot's tokens as [start, end) indexes.</param>
internal sealed record PatternMatch(PhrasePattern Pattern, int Skipped, int Words, int Typos, ImmutableDictionary<string, (int Start, int End)> Slots);
