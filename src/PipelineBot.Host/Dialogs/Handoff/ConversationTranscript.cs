using PipelineBot.Host.Cards;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;
using PipelineBot.Runtime.State;

namespace PipelineBot.Host.Dialogs.Handoff;

/// <summary>
/// The visitor's conversation so far, for the rep who takes over on "talk to a person". It lives in conversation
/// state, so it goes when the conversation ends or the visitor's data is erased, and keeps only the latest lines.
/// </summary>
public sealed class ConversationTranscript(ConversationState conversationState, TimeProvider time)
{
    /// <summary>The most lines kept: as many as the hand-off card shows; every turn saves them, so no more.</summary>
    public const int MaxLines = HandoffCard.MaxLines;

    private readonly IStatePropertyAccessor<List<TranscriptLine>> _lines =
        conversationState.CreateProperty<List<TranscriptLine>>(nameof(ConversationTranscript));

    /// <summary>Records the visitor's message now and every text the bot sends during the turn.</summary>
    public async Task TrackAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var lines = (await _lines.GetAsync(turnContext, () => [], cancellationToken))!;
        if (turnContext.Activity is { Type: ActivityTypes.Message, Text: { Length: > 0 } said })
        {
            Append(lines, new TranscriptLine(TranscriptLine.Visitor, said, time.GetUtcNow()));
        }
        turnContext.OnSendActivities(async (_, activities, next) =>
        {
            var responses = await next();
            foreach (var sent in activities.Where(a => a.Type == ActivityTypes.Message && !string.IsNullOrEmpty(a.Text)))
            {
                Append(lines, new TranscriptLine(TranscriptLine.Bot, sent.Text!, time.GetUtcNow()));
            }
            return responses;
        });
    }

    /// <summary>The lines kept so far, oldest first.</summary>
    public async Task<IReadOnlyList<TranscriptLine>> LinesAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await _lines.GetAsync(turnContext, () => [], cancellationToken))!;

    private static void Append(List<TranscriptLine> lines, TranscriptLine line)
    {
        lines.Add(line);
        if (lines.Count > MaxLines)
        {
            lines.RemoveRange(0, lines.Count - MaxLines);
        }
    }
}
