using System.Globalization;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Runtime.Dialogs.Recognizers;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Cards;

/// <summary>
/// Shows stored answers to people in a language: a choice by its title, yes/no in the words the bot's buttons use, a
/// number with the locale's separators, free text as given. Stored values are language-neutral (choice ids, invariant
/// numbers), so an answer given in one language reads right in another, e.g. on the English rep card.
/// </summary>
public sealed class AnswerDisplay
{
    private static readonly CultureInfo FallbackCulture = CultureInfo.GetCultureInfo(QualificationContent.ReferenceLocale);

    private readonly QualificationScript _script;
    private readonly QualificationContent _content;
    private readonly IDialogText _text;

    /// <summary>Creates the formatter over the loaded script's wording and the dialog content (for the erased placeholder).</summary>
    public AnswerDisplay(QualificationDefinition definition, IDialogText text)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(text);
        _script = definition.Script;
        _content = definition.Content;
        _text = text;
    }

    /// <summary>The question's short name in the language, e.g. "Бюджет" for <c>budget</c> in <c>ru</c>.</summary>
    /// <exception cref="KeyNotFoundException">The script has no such question.</exception>
    public string Label(string questionId, string? locale) => _content.Label(questionId, locale);

    /// <summary>The answer as a person reads it in <paramref name="locale"/>; a placeholder once its value was erased.</summary>
    public string Format(LeadAnswer answer, string? locale)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Value is not { } value)
        {
            return _text.Get("cards.answer.erased", locale);
        }
        return answer.PromptType switch
        {
            PromptType.Choice => ChoiceTitle(answer.QuestionId, value, locale),
            PromptType.Confirm => YesOrNo(value, locale),
            PromptType.Number => Number(value, locale),
            _ => value,
        };
    }

    // A question or choice removed from the file since the answer was given shows its id rather than breaking the card.
    private string ChoiceTitle(string questionId, string choiceId, string? locale) =>
        _script.Find(questionId) is null
            ? choiceId
            : _content.Choices(questionId, locale).FirstOrDefault(c => string.Equals(c.Id, choiceId, StringComparison.OrdinalIgnoreCase))?.Title ?? choiceId;

    private static string YesOrNo(string value, string? locale)
    {
        var (yes, no) = ConfirmRecognizer.GetChoiceLabels(locale);
        return value switch
        {
            QualificationQuestion.Yes => yes,
            QualificationQuestion.No => no,
            _ => value,
        };
    }

    // The stored number keeps its decimals (its scale), so 12.5 stays 12.5 and 50000 gets no ".00".
    private static string Number(string value, string? locale) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("N" + number.Scale.ToString(CultureInfo.InvariantCulture), CultureFor(locale))
            : value;

    private static CultureInfo CultureFor(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return FallbackCulture;
        }
        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return FallbackCulture;
        }
    }
}
