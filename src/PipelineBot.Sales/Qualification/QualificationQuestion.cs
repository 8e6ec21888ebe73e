using PipelineBot.Sales.Leads;

namespace PipelineBot.Sales.Qualification;

/// <summary>
/// One question of the qualification script, as the loader fills it from <c>dialogs/</c>: what it fills, which BANT
/// dimension it feeds and the rules that validate, judge and score its answers. Wording is content and lives elsewhere.
/// Its rules are in the partial file <c>QualificationQuestion.Rules.cs</c>.
/// </summary>
public sealed partial class QualificationQuestion
{
    /// <summary>The normalised value of a yes answer to a confirm question.</summary>
    public const string Yes = "yes";

    /// <summary>The normalised value of a no answer to a confirm question.</summary>
    public const string No = "no";

    /// <summary>The longest raw text kept with an answer; longer input is cut, since only the value is relied on.</summary>
    public const int MaxRawTextLength = 500;

    /// <summary>The question id, unique in the script; content keys and stored answers refer to it.</summary>
    public required string Id { get; init; }

    /// <summary>The lead slot the answer fills; <see cref="LeadField.None"/> for questions that only feed scoring.</summary>
    public LeadField Field { get; init; }

    /// <summary>The BANT dimension the answer feeds, or null for contact and profile questions.</summary>
    public BantDimension? Dimension { get; init; }

    /// <summary>How the question is asked, which fixes how its value is validated.</summary>
    public PromptType PromptType { get; init; } = PromptType.Text;

    /// <summary>The choices of a <see cref="PromptType.Choice"/> question, with their verdicts and weights.</summary>
    public IReadOnlyList<QualificationChoice> Choices { get; init; } = [];

    /// <summary>For number questions: a value below this makes the dimension negative (e.g. a budget under 10,000).</summary>
    public decimal? NegativeBelow { get; init; }

    /// <summary>For number questions: the smallest valid value; a budget sets 0 so a negative one is re-asked.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>For number questions: the largest valid value.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>For confirm questions: the answer that counts as negative (false: a "no"), or null when neither does.</summary>
    public bool? NegativeAnswer { get; init; }

    /// <summary>Points a non-negative answer adds to the answers score; choice questions score their choice's weight instead.</summary>
    public int ScoreWeight { get; init; }

    /// <summary>For text questions: the longest accepted answer.</summary>
    public int MaxLength { get; init; } = 200;

    /// <summary>The choice with the given id, ignoring case, or null.</summary>
    public QualificationChoice? FindChoice(string choiceId) =>
        Choices.FirstOrDefault(c => string.Equals(c.Id, choiceId, StringComparison.OrdinalIgnoreCase));
}
