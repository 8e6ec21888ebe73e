using System.Text.Json;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>
/// Plays a visitor through the qualification: reads which question the bot asked (by its text in the visitor's
/// language), types the scripted answer, and confirms the summary card by pressing its Confirm button.
/// </summary>
internal sealed class QualificationDriver(EmulatorClient visitor, QualificationContent content)
{
    private const int MaxTurns = 40;

    /// <summary>The ids of the questions the bot asked, in order.</summary>
    public List<string> Asked { get; } = [];

    /// <summary>Every reply the bot sent, in order.</summary>
    public List<Activity> Replies { get; } = [];

    /// <summary>The offer to book a call that follows an SQL's closing line, or null when none came.</summary>
    public Activity? BookingOffer { get; private set; }

    /// <summary>Joins and answers until the bot says a closing line; returns that line.</summary>
    public async Task<string> RunAsync(IReadOnlyDictionary<string, string> answers) =>
        await ContinueAsync(answers, await visitor.SendAsync(visitor.ConversationUpdate()));

    /// <summary>Answers from the given replies on until the bot says a closing line; returns that line.</summary>
    public async Task<string> ContinueAsync(IReadOnlyDictionary<string, string> answers, IReadOnlyList<Activity> replies)
    {
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            Replies.AddRange(replies);
            var last = (replies.Count > 0 ? replies[^1] : null) ?? throw new InvalidOperationException("The bot did not reply.");
            if (last.Attachments is { Count: > 0 })
            {
                replies = await visitor.SendAsync(visitor.Submit(new { action = "summary.confirm" }));
                continue;
            }
            var question = QuestionAsked(last.Text, visitor.Locale);
            if (question is null)
            {
                // A new SQL hears the closing line, then is offered a call: a question with buttons, but not the script's.
                if (last.SuggestedActions is { Actions.Count: > 0 } && replies.Count > 1)
                {
                    BookingOffer = last;
                    return replies[^2].Text ?? string.Empty;
                }
                return last.Text ?? string.Empty;
            }
            Asked.Add(question);
            if (!answers.TryGetValue(question, out var answer))
            {
                throw new InvalidOperationException($"The bot asked '{question}', which this visitor must not be asked.");
            }
            replies = await visitor.SendAsync(visitor.Message(answer));
        }
        throw new InvalidOperationException($"No closing line after {MaxTurns} turns; asked: {string.Join(", ", Asked)}.");
    }

    /// <summary>Joins and answers until the bot asks <paramref name="questionId"/>, leaving that question unanswered.</summary>
    public async Task AnswerUntilAskedAsync(IReadOnlyDictionary<string, string> answers, string questionId)
    {
        var replies = await visitor.JoinAsync();
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            var asked = QuestionAsked(replies[^1], visitor.Locale);
            if (asked == questionId)
            {
                return;
            }
            Asked.Add(asked ?? throw new InvalidOperationException($"Unexpected reply '{replies[^1]}' before '{questionId}' was asked."));
            replies = await visitor.SayAsync(answers[asked]);
        }
        throw new InvalidOperationException($"The bot never asked '{questionId}'.");
    }

    /// <summary>The id of the question whose text (or retry text) the reply is, or null.</summary>
    public string? QuestionAsked(string? text, string locale) =>
        text is null ? null : QuestionIds.FirstOrDefault(id => text == content.Ask(id, locale) || text == content.Retry(id, locale));

    /// <summary>The shipped script's questions, in the order it asks them.</summary>
    public static IReadOnlyList<string> QuestionIds { get; } =
        ["consent", "name", "work-email", "company", "role", "budget", "authority", "need", "timeline", "company-size", "industry", "region"];

    /// <summary>The JSON of the first Adaptive Card among the activities, for assertions on its data.</summary>
    public static string CardJson(IEnumerable<Activity> activities) =>
        JsonSerializer.Serialize(activities.SelectMany(a => a.Attachments ?? []).First().Content, BotJson.Options);
}
