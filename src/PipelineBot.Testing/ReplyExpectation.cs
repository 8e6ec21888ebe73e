using System.Text.RegularExpressions;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Testing;

/// <summary>
/// What one bot reply must look like. Every condition that is set must hold; the shared definition keeps
/// TestFlow, story steps and transcript replay judging replies the same way.
/// </summary>
internal sealed record ReplyExpectation
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The activity type; null accepts any.</summary>
    public string? Type { get; init; }

    /// <summary>The exact text, ignoring surrounding whitespace.</summary>
    public string? Text { get; init; }

    /// <summary>Text the reply contains, ignoring case.</summary>
    public string? Contains { get; init; }

    /// <summary>A regular expression the text matches.</summary>
    public string? Matches { get; init; }

    /// <summary>Titles that must be among the offered choices (suggested actions or card buttons), ignoring case.</summary>
    public IReadOnlyList<string>? Offers { get; init; }

    /// <summary>Exactly these suggested-action titles, in order.</summary>
    public IReadOnlyList<string>? SuggestedActions { get; init; }

    /// <summary>Content types that must be among the attachments.</summary>
    public IReadOnlyList<string>? Cards { get; init; }

    /// <summary>Exactly these attachment content types, in order.</summary>
    public IReadOnlyList<string>? Attachments { get; init; }

    /// <summary>A message with exactly <paramref name="text"/>.</summary>
    public static ReplyExpectation ForText(string text) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>
    /// The same type and text as <paramref name="expected"/>, plus its suggested-action titles and attachment
    /// content types when it has any: how a recorded reply is compared with a live one.
    /// </summary>
    public static ReplyExpectation Like(Activity expected) => new()
    {
        Type = expected.Type ?? ActivityTypes.Message,
        Text = expected.Text ?? string.Empty,
        SuggestedActions = ReplyFormatter.SuggestedTitles(expected) is { Count: > 0 } titles ? titles : null,
        Attachments = ReplyFormatter.AttachmentTypes(expected) is { Count: > 0 } types ? types : null,
    };

    /// <summary>True when <paramref name="reply"/> meets every condition set.</summary>
    public bool IsMetBy(Activity reply)
    {
        var text = reply.Text ?? string.Empty;
        return (Type is null || Type == (reply.Type ?? ActivityTypes.Message))
            && (Text is null || Text.Trim() == text.Trim())
            && (Contains is null || text.Contains(Contains, StringComparison.OrdinalIgnoreCase))
            && (Matches is null || Regex.IsMatch(text, Matches, RegexOptions.CultureInvariant, RegexTimeout))
            && (Offers is null || Offers.All(o => ReplyFormatter.OfferedTitles(reply).Contains(o.Trim(), StringComparer.OrdinalIgnoreCase)))
            && (SuggestedActions is null || SuggestedActions.SequenceEqual(ReplyFormatter.SuggestedTitles(reply)))
            && (Cards is null || Cards.All(ReplyFormatter.AttachmentTypes(reply).Contains))
            && (Attachments is null || Attachments.SequenceEqual(ReplyFormatter.AttachmentTypes(reply)));
    }

    /// <summary>The conditions in words, e.g. <c>a reply containing "company", offering Yes | No</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        Add(Type is null or ActivityTypes.Message ? null : $"of type {Type}");
        Add(Text is null ? null : $"saying {ReplyFormatter.Quote(Text.Trim())}");
        Add(Contains is null ? null : $"containing \"{Contains}\"");
        Add(Matches is null ? null : $"matching /{Matches}/");
        Add(Offers is null ? null : $"offering {string.Join(" | ", Offers)}");
        Add(SuggestedActions is null ? null : $"suggesting exactly [{string.Join(" | ", SuggestedActions)}]");
        Add(Cards is null ? null : $"with a card of type {string.Join(" and ", Cards)}");
        Add(Attachments is null ? null : $"with attachments [{string.Join(", ", Attachments)}]");
        return parts.Count == 0 ? "any reply" : "a reply " + string.Join(", ", parts);

        void Add(string? part)
        {
            if (part is not null)
            {
                parts.Add(part);
            }
        }
    }
}
