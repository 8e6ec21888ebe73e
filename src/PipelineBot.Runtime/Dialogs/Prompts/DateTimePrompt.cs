using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs.Recognizers;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Dialogs.Prompts;

/// <summary>
/// Asks for a date or time and resolves phrases such as "tomorrow at 3pm", "next week" or "1.12." against the
/// user's own clock (their time zone from the activity, else UTC).
/// </summary>
public sealed class DateTimePrompt(string dialogId, PromptValidator<IReadOnlyList<DateTimeResolution>>? validator = null, TimeProvider? timeProvider = null)
    : Prompt<IReadOnlyList<DateTimeResolution>>(dialogId, validator)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var zone = turnContext.Activity.GetUserTimeZone() ?? TimeZoneInfo.Utc;
        var userNow = TimeZoneInfo.ConvertTime(_time.GetUtcNow(), zone).DateTime;
        var resolutions = DateTimeRecognizer.Recognize(turnContext.Activity.Text, LocaleOf(turnContext), userNow);
        return Task.FromResult(resolutions.Count == 0
            ? new PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>(false)
            : new PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>(true, resolutions));
    }
}
