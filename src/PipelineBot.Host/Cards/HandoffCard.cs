using System.Globalization;
using System.Text.Json.Nodes;
using PipelineBot.Host.Content;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;
using static PipelineBot.Host.Reps.RepAssistant;

namespace PipelineBot.Host.Cards;

/// <summary>
/// The card a rep gets when a visitor asks to talk to a person: who it is (or "Anonymous lead"), where they write from
/// and in which language, and the end of the conversation so far, so the rep can answer without asking again.
/// </summary>
public sealed class HandoffCard
{
    /// <summary>The most transcript lines the card shows; earlier ones are counted, not shown, to keep the card readable.</summary>
    public const int MaxLines = 30;


    private readonly IDialogText _text;

    /// <summary>Creates the builder over the dialog content.</summary>
    public HandoffCard(IDialogText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
    }

    /// <summary>The card for a visitor on <paramref name="channelId"/>, with the last <see cref="MaxLines"/> of <paramref name="transcript"/> (oldest first).</summary>
    /// <param name="lead">The visitor's lead, or null when they have none yet.</param>
    /// <param name="channelId">The channel the visitor writes from, e.g. <c>webchat</c>.</param>
    /// <param name="locale">The visitor's language, left out when unknown.</param>
    /// <param name="transcript">The conversation so far, oldest first.</param>
    public Attachment Build(Lead? lead, string channelId, string? locale, IReadOnlyList<TranscriptLine> transcript)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentNullException.ThrowIfNull(transcript);
        var body = new JsonArray { CardJson.Heading(Text("cards.handoff.title")) };
        foreach (var part in LeadHeader.Build(lead, _text, RepLocale))
        {
            body.Add(part);
        }
        var facts = new List<(string, string)> { (Text("cards.handoff.channel"), CardJson.Plain(channelId)) };
        if (!string.IsNullOrWhiteSpace(locale))
        {
            facts.Add((Text("cards.handoff.locale"), CardJson.Plain(locale)));
        }
        body.Add(CardJson.FactSet(facts));
        body.Add(CardJson.Section(Text("cards.handoff.transcript")));
        if (transcript.Count == 0)
        {
            body.Add(CardJson.Text(Text("cards.handoff.empty"), subtle: true));
        }
        if (transcript.Count > MaxLines)
        {
            var hidden = (transcript.Count - MaxLines).ToString(CultureInfo.InvariantCulture);
            body.Add(CardJson.Text(_text.Get("cards.handoff.earlier", RepLocale, new Dictionary<string, string> { ["count"] = hidden }), subtle: true));
        }
        foreach (var line in transcript.Skip(transcript.Count - MaxLines))
        {
            body.Add(CardJson.Text(Line(line)));
        }
        return CardJson.Attachment(body, []);
    }

    // TIME() lets the rep's client show the time in the rep's own zone; it needs strict RFC 3339 in UTC.
    private string Line(TranscriptLine line)
    {
        var who = line.From switch
        {
            TranscriptLine.Visitor => Text("cards.handoff.visitor"),
            TranscriptLine.Bot => Text("cards.handoff.bot"),
            _ => CardJson.Plain(line.From),
        };
        var at = line.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"**{who}** ({{{{TIME({at})}}}}): {CardJson.Plain(line.Text)}";
    }

    private string Text(string key) => _text.Get(key, RepLocale);
}
