using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Builder;

/// <summary>Builds the common kinds of outgoing message.</summary>
public static class MessageFactory
{
    /// <summary>A plain text message; without an input hint, prompts mark it as expecting input and channels assume accepting.</summary>
    public static Activity Text(string? text, string? speak = null, string? inputHint = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Speak = speak,
        InputHint = inputHint,
    };

    /// <summary>A message offering the given titles as imBack buttons.</summary>
    public static Activity SuggestedActions(IEnumerable<string> actions, string? text = null, string? speak = null, string? inputHint = null) =>
        SuggestedActions(actions.Select(a => new CardAction(ActionTypes.ImBack, a, a)), text, speak, inputHint);

    /// <summary>A message offering the given buttons until the user answers.</summary>
    public static Activity SuggestedActions(IEnumerable<CardAction> actions, string? text = null, string? speak = null, string? inputHint = null)
    {
        var activity = Text(text, speak, inputHint);
        activity.SuggestedActions = new SuggestedActions { Actions = [.. actions] };
        return activity;
    }

    /// <summary>A message with one attachment.</summary>
    public static Activity Attachment(Attachment attachment, string? text = null) => Attachment([attachment], text, layout: null);

    /// <summary>A message with several attachments shown side by side.</summary>
    public static Activity Carousel(IEnumerable<Attachment> attachments, string? text = null) => Attachment(attachments, text, "carousel");

    private static Activity Attachment(IEnumerable<Attachment> attachments, string? text, string? layout)
    {
        var activity = Text(text);
        activity.Attachments = [.. attachments];
        activity.AttachmentLayout = layout;
        return activity;
    }
}
