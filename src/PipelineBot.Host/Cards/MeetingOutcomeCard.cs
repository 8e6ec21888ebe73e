using System.Text.Json.Nodes;
using PipelineBot.Host.Content;
using PipelineBot.Runtime.Schema;
using static PipelineBot.Host.Reps.RepAssistant;

namespace PipelineBot.Host.Cards;

/// <summary>
/// The card a rep gets once a meeting is over, asking whether it took place: <see cref="CardActions.MeetingHeld"/>, or
/// <see cref="CardActions.MeetingNoShow"/>, which offers the visitor a new time. Like the lead card it is written in
/// the content's default language.
/// </summary>
public sealed class MeetingOutcomeCard(IDialogText text)
{

    /// <summary>The card for the meeting; <paramref name="question"/> is Markdown, with any visitor's words in it escaped.</summary>
    public Attachment Build(Guid meetingId, string question)
    {
        var meeting = (CardActions.MeetingIdField, meetingId.ToString());
        return CardJson.Attachment(
            [CardJson.Text(question)],
            [
                CardJson.Submit(text.Get("cards.meeting.held", RepLocale), CardJson.Data(CardActions.MeetingHeld, meeting), "positive"),
                CardJson.Submit(text.Get("cards.meeting.noShow", RepLocale), CardJson.Data(CardActions.MeetingNoShow, meeting), "destructive"),
            ]);
    }
}
