namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>One number found in a user's text.</summary>
/// <param name="Value">The value with thousand/million words, suffixes and sign applied ("-$1.2M" is -1200000).</param>
/// <param name="Currency">ISO 4217 code when a known symbol, code or currency word is attached, otherwise null.</param>
/// <param name="Start">Index in the original text where the expression starts, including any sign or currency prefix.</param>
/// <param name="Length">Length of the whole expression, including suffixes and a trailing currency.</param>
/// <param name="Scale">
/// The largest scale word or suffix in the expression (1000 for "50k", "fifty thousand" or "50 тысяч"), 1 when it has
/// none; lets a caller tell an amount someone spelled as money from a bare count.
/// </param>
public sealed record NumberMatch(decimal Value, string? Currency, int Start, int Length, decimal Scale = 1m);
