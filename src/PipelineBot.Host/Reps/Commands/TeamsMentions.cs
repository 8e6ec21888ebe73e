using System.Text.RegularExpressions;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Reps.Commands;

/// <summary>
/// Takes @mentions out of a message's text. In a Teams channel every message to the bot starts with
/// <c>&lt;at&gt;PipelineBot&lt;/at&gt;</c>, and a rep may mention a colleague too; neither is part of the command.
/// </summary>
internal static partial class TeamsMentions
{
    /// <summary>The activity's text without the text of its mention entities or any remaining <c>&lt;at&gt;</c> tags.</summary>
    public static string Remove(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var mention in activity.Entities?.Where(e => e.Type == "mention") ?? [])
        {
            if (mention.GetString("text") is { Length: > 0 } mentionText)
            {
                text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
            }
        }
        return Blanks().Replace(AtTag().Replace(text, " "), " ").Trim();
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Blanks();
}
