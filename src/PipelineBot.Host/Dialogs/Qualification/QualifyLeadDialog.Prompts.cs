using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Runtime.Dialogs.Recognizers;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>One prompt per question, matching its type, and turning what the prompt recognised into the stored value.</summary>
public sealed partial class QualifyLeadDialog
{
    private PromptOptions OptionsFor(QualificationQuestion question, string? locale) => new()
    {
        Prompt = MessageFactory.Text(_content.Ask(question.Id, locale)),
        RetryPrompt = MessageFactory.Text(_content.Retry(question.Id, locale)),
        Choices = question.PromptType == PromptType.Choice
            ? [.. _content.Choices(question.Id, locale).Select(c => new Choice(c.Title, [.. c.Synonyms, c.Id]))]
            : null,
        MaxAttempts = _options.MaxAttempts,
    };

    private Dialog PromptFor(QualificationQuestion question)
    {
        var id = PromptPrefix + question.Id;
        return question.PromptType switch
        {
            PromptType.Number => new NumberPrompt<decimal>(id, (prompt, _) => Task.FromResult(
                SynonymValue(question, prompt.Context.Activity) is not null
                || (prompt.Recognized.Succeeded && question.FindProblem(Format(prompt.Recognized.Value)) is null))),
            PromptType.Choice => new ChoicePrompt(id),
            PromptType.Confirm => new ConfirmPrompt(id),
            _ => new TextPrompt(id, (prompt, _) => Task.FromResult(
                prompt.Recognized.Succeeded && question.FindProblem(prompt.Recognized.Value) is null)),
        };
    }

    /// <summary>The value the domain stores for what the prompt recognised, or null when the prompt gave up.</summary>
    private string? ValueOf(QualificationQuestion question, object? result, Activity activity) => question.PromptType switch
    {
        PromptType.Number => SynonymValue(question, activity) ?? (result is decimal number ? Format(number) : null),
        PromptType.Choice when result is FoundChoice found =>
            _content.Choices(question.Id, activity.Locale) is var choices && found.Index >= 0 && found.Index < choices.Count
                ? choices[found.Index].Id
                : null,
        PromptType.Confirm when result is bool yes => yes ? QualificationQuestion.Yes : QualificationQuestion.No,
        PromptType.Text or PromptType.Email => result as string,
        _ => null,
    };

    /// <summary>The number a phrase such as "no budget" stands for in the visitor's language, or null.</summary>
    private string? SynonymValue(QualificationQuestion question, Activity activity)
    {
        var said = Normalise(activity.Text);
        return said is null
            ? null
            : _content.ValueSynonyms(question.Id, activity.Locale)
                .FirstOrDefault(v => v.Synonyms.Any(s => string.Equals(s, said, StringComparison.OrdinalIgnoreCase)))?.Value;
    }
}
