using System.Globalization;
using System.Text.Json;
using PipelineBot.Host.Content;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Runtime.Dialogs.Recognizers;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Dialogs.Meetings;

/// <summary>
/// Offers slots as buttons (plus "Other times") and reads the answer: a button's label or number picks that slot;
/// "Other times" asks for the ones after; a typed time ("Tuesday afternoon", "tomorrow at 3pm") becomes a window on
/// the visitor's clock. The offer travels in <see cref="PromptOptions.Validations"/> as a <see cref="SlotOffer"/>.
/// </summary>
public sealed class SlotPrompt(string dialogId, IDialogText text, TimeProvider time) : Prompt<SlotAnswer>(dialogId)
{
    /// <summary>How far past a typed time the nearest free slot is looked for; the rep's days ahead limit it sooner.</summary>
    private static readonly TimeSpan OpenEnded = TimeSpan.FromDays(366);

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var question = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (question is null)
        {
            return Task.CompletedTask;
        }
        var activity = ChoiceFactory.ForChannel(
            turnContext.Activity.ChannelId, turnContext.Activity.Conversation, question, options.Choices ?? [], options.Style ?? ListStyle.Auto);
        activity.InputHint = InputHints.ExpectingInput;
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<SlotAnswer>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var offer = options.Validations is JsonElement json ? json.Deserialize<SlotOffer>(BotJson.Options) : null;
        var said = turnContext.Activity.Text?.Trim();
        var answer = offer is null || string.IsNullOrEmpty(said) ? null : Read(said, offer, options.Choices ?? [], LocaleOf(turnContext));
        return Task.FromResult(answer is null ? new PromptRecognizerResult<SlotAnswer>(false) : new PromptRecognizerResult<SlotAnswer>(true, answer));
    }

    private SlotAnswer? Read(string said, SlotOffer offer, IList<Choice> choices, string locale)
    {
        // The label first: a pressed button's text reads as a time too, which would offer the slot again, not book it.
        var index = choices.ToList().FindIndex(c => string.Equals(c.Value, said, StringComparison.OrdinalIgnoreCase));
        if (index < 0 && int.TryParse(said, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= choices.Count)
        {
            index = number - 1;
        }
        if (index >= 0 && index < offer.Slots.Count)
        {
            return new SlotAnswer(offer.Slots[index], null);
        }
        if ((index >= offer.Slots.Count || text.Phrases("meeting.intent.other", locale).Contains(said, StringComparer.OrdinalIgnoreCase)) && offer.Slots.Count > 0)
        {
            // One minute on, the slot finder rounds up to the next start on each rep's grid.
            var after = offer.Slots[^1].Slot.Start.AddMinutes(1);
            return new SlotAnswer(null, new TimeSlot(after, after + OpenEnded));
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(offer.ZoneId);
        return TimePreferenceRecognizer.Recognize(said, locale, time.GetUtcNow(), zone) switch
        {
            { Kind: TimePreferenceKind.Range } range => new SlotAnswer(null, new TimeSlot(range.Start, range.End)),
            { } point => new SlotAnswer(null, new TimeSlot(point.Start, point.Start + OpenEnded)),
            null => null,
        };
    }
}
