namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>A place where a longer message names one of the choices by its title or a synonym.</summary>
/// <param name="Value">The named choice's <see cref="Choice.Value"/>.</param>
/// <param name="Index">Zero-based position of the choice in the list the caller passed.</param>
/// <param name="Synonym">The title or synonym, as the caller spelled it, that the message contains.</param>
/// <param name="Start">Index in the original text of the first character of the matched words.</param>
/// <param name="Length">Length in the original text from the first matched word to the end of the last.</param>
public sealed record ChoiceMention(string Value, int Index, string Synonym, int Start, int Length);
