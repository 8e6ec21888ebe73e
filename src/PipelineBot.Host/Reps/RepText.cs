using PipelineBot.Host.Content;

namespace PipelineBot.Host.Reps;

/// <summary>Lines for the sales team, always in <see cref="RepAssistant.RepLocale"/>, with their placeholders filled.</summary>
internal static class RepText
{
    public static string ForReps(this IDialogText text, string key, params (string Name, string Value)[] values) =>
        text.Get(key, RepAssistant.RepLocale, values.Length == 0 ? null : values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
}
