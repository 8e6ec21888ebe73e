using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs.Recognizers;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Dialogs.Prompts;

/// <summary>Renders a question with its choices in the form the channel can show.</summary>
public static class ChoiceFactory
{
    /// <summary>
    /// The question with its choices: as suggested actions where the channel has them (Teams only in personal chat
    /// and for up to three), else on a hero card, or in the text for the list styles.
    /// </summary>
    public static Activity ForChannel(string? channelId, ConversationAccount? conversation, Activity question, IList<Choice> choices, ListStyle style)
    {
        var resolved = style == ListStyle.Auto ? AutoStyle(channelId, conversation, choices.Count) : style;
        var activity = Copy(question);
        switch (resolved)
        {
            case ListStyle.SuggestedAction:
                activity.SuggestedActions = new SuggestedActions { Actions = [.. choices.Select(c => new CardAction(ActionTypes.ImBack, c.Value, c.Value))] };
                break;
            case ListStyle.HeroCard:
                activity.Attachments = [HeroCard(activity.Text, choices)];
                activity.Text = null;
                break;
            case ListStyle.Inline:
                activity.Text = $"{activity.Text} {string.Join(", ", choices.Select((c, i) => $"({i + 1}) {c.Value}"))}";
                break;
            case ListStyle.List:
                activity.Text = $"{activity.Text}\n\n{string.Join("\n", choices.Select((c, i) => $"{i + 1}. {c.Value}"))}";
                break;
        }
        return activity;
    }

    /// <summary>Sends the prompt's question (or retry prompt) with <paramref name="choices"/> in the channel's best form.</summary>
    internal static Task SendQuestionAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, IList<Choice> choices, ListStyle style, CancellationToken cancellationToken)
    {
        var question = options.QuestionFor(isRetry);
        if (question is null)
        {
            return Task.CompletedTask;
        }
        var activity = ForChannel(turnContext.Activity.ChannelId, turnContext.Activity.Conversation, question, choices, options.Style ?? style);
        activity.InputHint = InputHints.ExpectingInput;
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }

    private static ListStyle AutoStyle(string? channelId, ConversationAccount? conversation, int count) => channelId switch
    {
        Channels.Msteams when conversation?.ConversationType is null or "personal" && count <= 3 => ListStyle.SuggestedAction,
        Channels.Msteams or Channels.Slack => ListStyle.HeroCard,
        _ when count <= 100 => ListStyle.SuggestedAction,
        _ => ListStyle.List,
    };

    private static Attachment HeroCard(string? text, IList<Choice> choices) => new()
    {
        ContentType = "application/vnd.microsoft.card.hero",
        Content = new
        {
            text,
            buttons = choices.Select(c => new CardAction(ActionTypes.ImBack, c.Value, c.Value)).ToList(),
        },
    };

    private static Activity Copy(Activity question)
    {
        var copy = MessageFactory.Text(question.Text, question.Speak, question.InputHint);
        copy.Attachments = question.Attachments;
        copy.Locale = question.Locale;
        return copy;
    }
}
